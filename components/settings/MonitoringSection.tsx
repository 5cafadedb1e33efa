import { ListField } from './fields';
import { Section } from './Section';
import type { SectionProps } from './section-props';

export function MonitoringSection({ value, onChange, t, errorFor }: SectionProps<'monitoring'>) {
  return (
    <Section id="monitoring" title={t('monitoringTitle')} hint={t('monitoringHint')}>
      <ListField
        path="monitoring.keywords"
        label={t('keywords')}
        hint={t('onePerLine')}
        values={value.keywords}
        onChange={(keywords) => onChange({ ...value, keywords })}
        error={errorFor('monitoring.keywords')}
      />
    </Section>
  );
}
