import { CheckboxField, NumberField } from './fields';
import { Section } from './Section';
import type { SectionProps } from './section-props';

const DEFAULT_RETENTION_DAYS = 365;

export function PrivacySection({ value, onChange, t, errorFor }: SectionProps<'privacy'>) {
  const forever = value.retentionDays === null;
  return (
    <Section id="privacy" title={t('privacyTitle')}>
      <CheckboxField
        path="privacy.storeText"
        label={t('storeText')}
        hint={t('storeTextHint')}
        checked={value.storeText}
        onChange={(storeText) => onChange({ ...value, storeText })}
      />
      <NumberField
        path="privacy.retentionDays"
        label={t('retention')}
        min={1}
        disabled={forever}
        value={value.retentionDays ?? DEFAULT_RETENTION_DAYS}
        onChange={(retentionDays) => onChange({ ...value, retentionDays })}
        error={errorFor('privacy.retentionDays')}
      />
      <CheckboxField
        path="privacy.retentionForever"
        label={t('retentionForever')}
        checked={forever}
        onChange={(on) => onChange({ ...value, retentionDays: on ? null : DEFAULT_RETENTION_DAYS })}
      />
    </Section>
  );
}
