import { CheckboxField } from './fields';
import { Section } from './Section';
import type { SectionProps } from './section-props';

/** The toolbar badge is always on; desktop notifications only when the user asks for them. */
export function AlertsSection({ value, onChange, t }: SectionProps<'alerts'>) {
  return (
    <Section id="alerts" title={t('alertsTitle')} hint={t('alertsHint')}>
      <CheckboxField
        path="alerts.notifications"
        label={t('alertsNotify')}
        checked={value.notifications}
        onChange={(notifications) => onChange({ ...value, notifications })}
      />
    </Section>
  );
}
