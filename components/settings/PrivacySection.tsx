import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ConfirmBar } from '@/components/ui/ConfirmBar';
import { dataSummaryQuery } from '@/lib/ui/queries/stats';
import { CheckboxField, NumberField } from './fields';
import { Section } from './Section';
import type { SectionProps } from './section-props';

const DEFAULT_RETENTION_DAYS = 365;

/**
 * Privacy: whether comment texts are kept, for how long, and how long the log is kept. Turning "keep the
 * comment text" off when texts are stored first says that saving deletes them (the background deletes
 * them as soon as the setting is saved). Before the stored settings load it shows a loading line, no toggles.
 */
export function PrivacySection({
  value,
  onChange,
  t,
  errorFor,
  savedStoreText,
  loaded,
}: SectionProps<'privacy'> & { savedStoreText: boolean; loaded: boolean }) {
  const forever = value.retentionDays === null;
  const summary = useQuery({ ...dataSummaryQuery(), enabled: loaded && savedStoreText });
  const [asking, setAsking] = useState(false);
  const storedTexts = summary.data?.storedTexts ?? 0;
  const setStoreText = (storeText: boolean) => {
    if (!storeText && savedStoreText && storedTexts > 0 && !asking) setAsking(true);
    else onChange({ ...value, storeText });
  };
  // Until the stored settings are read, the toggles would show the defaults ("keep the text" off), not the
  // user's choice: a click then would save the opposite of what they meant.
  if (!loaded)
    return (
      <Section id="privacy" title={t('privacyTitle')}>
        <p role="status" className="text-sm text-slate-600" data-testid="privacy-loading">
          {t('privacyLoading')}
        </p>
      </Section>
    );
  return (
    <Section id="privacy" title={t('privacyTitle')}>
      <CheckboxField
        path="privacy.storeText"
        label={t('storeText')}
        hint={t('storeTextHint')}
        checked={value.storeText && !asking}
        onChange={setStoreText}
      />
      {asking && (
        <ConfirmBar
          id="store-text-question"
          tone="danger"
          question={t('storeTextOffConfirm', { count: storedTexts })}
          confirmLabel={t('storeTextOffYes')}
          cancelLabel={t('cancel')}
          onConfirm={() => {
            setAsking(false);
            onChange({ ...value, storeText: false });
          }}
          onCancel={() => setAsking(false)}
        />
      )}
      {!value.storeText && savedStoreText && storedTexts > 0 && (
        <p className="text-sm text-red-800" data-testid="store-text-pending">
          {t('storeTextOffPending', { count: storedTexts })}
        </p>
      )}
      <NumberField
        path="privacy.textRetentionDays"
        label={t('textRetention')}
        hint={t('textRetentionHint')}
        min={1}
        max={3650}
        disabled={!value.storeText}
        value={value.textRetentionDays}
        onChange={(textRetentionDays) => onChange({ ...value, textRetentionDays })}
        error={errorFor('privacy.textRetentionDays')}
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
