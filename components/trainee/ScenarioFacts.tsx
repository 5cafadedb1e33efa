import type { TraineeT } from './trainee-t';
import { DEFAULT_CRITICAL_TOPICS } from '@/lib/shared/classify/critical-topics';
import type { UiLanguage } from '@/lib/shared/i18n/translate';
import { topicLabel } from '@/lib/shared/triage/topic-labels';
import { ruleLabel } from '@/lib/shared/training/rules';
import type { Scenario } from '@/lib/shared/training/schema';

interface Props {
  scenario: Scenario;
  language: UiLanguage;
  t: TraineeT;
}

/** What a good answer to this scenario does, shown with the verdict: urgency, register and the rules. */
export function ScenarioFacts({ scenario, language, t }: Props) {
  return (
    <section aria-labelledby="trainee-facts" className="rounded-md border border-slate-200 bg-white p-3 text-sm">
      <h4 id="trainee-facts" className="text-xs font-semibold uppercase tracking-wide text-slate-600">
        {t('mustDo')}
      </h4>
      <p className="mt-1 text-slate-700" data-testid="trainee-facts">
        {scenario.urgent.length > 0 && (
          <span className="mr-2 font-semibold text-red-800">
            ⚠{' '}
            {t('urgent', {
              topics: scenario.urgent.map((id) => topicLabel(id, DEFAULT_CRITICAL_TOPICS, language)).join(', '),
            })}
          </span>
        )}
        {t(`register_${scenario.register}`)}
      </p>
      <ul className="mt-1 list-disc pl-5 text-slate-800">
        {scenario.mustDo.map((rule) => (
          <li key={rule}>{ruleLabel(rule, language)}</li>
        ))}
      </ul>
    </section>
  );
}
