import type { TraineeT } from './trainee-t';
import { citationIn } from '@/lib/shared/coach/guidelines-it';
import type { UiLanguage } from '@/lib/shared/i18n/translate';
import type { Category } from '@/lib/shared/model/categories';
import { ruleLabel } from '@/lib/shared/training/rules';
import type { PracticeAction, Scenario } from '@/lib/shared/training/schema';
import type { PracticeScore } from '@/lib/shared/training/score';

type T = TraineeT;

interface Props {
  scenario: Scenario;
  score: PracticeScore;
  chosen: Category;
  action: PracticeAction;
  language: UiLanguage;
  t: T;
  category: (c: Category) => string;
  onNext: () => void;
}

/** The coach's verdict: category and move, then every rule passed or failed with the guideline it comes from. */
export function ResultView({ scenario, score, chosen, action, language, t, category, onNext }: Props) {
  const passed = score.rules.filter((rule) => rule.passed).length;
  const verdict = (ok: boolean, text: string, testId: string) => (
    <p data-testid={testId} data-ok={ok} className={ok ? 'text-emerald-800' : 'text-red-800'}>
      <span aria-hidden="true">{ok ? '✓ ' : '✗ '}</span>
      {text}
    </p>
  );
  return (
    <section aria-labelledby="trainee-result" data-testid="trainee-result" className="space-y-3">
      <div className="flex items-baseline gap-3">
        <h3 id="trainee-result" tabIndex={-1} className="text-sm font-semibold focus:outline-none">
          {t('result')}
        </h3>
        <p className="text-sm text-slate-700" data-testid="trainee-score">
          {t('score', { passed, total: score.rules.length })}
        </p>
      </div>
      <div className="space-y-1 text-sm">
        {verdict(
          score.categoryCorrect,
          score.categoryCorrect
            ? t('categoryRight', { category: category(scenario.category) })
            : t('categoryWrong', { chosen: category(chosen), category: category(scenario.category) }),
          'trainee-category-verdict',
        )}
        {verdict(
          score.actionCorrect,
          t(score.actionCorrect ? 'actionRight' : 'actionWrong', {
            action: t(`action_${action}`),
            expected: t(`action_${scenario.expect}`),
          }),
          'trainee-action-verdict',
        )}
      </div>
      <h4 className="text-xs font-semibold uppercase tracking-wide text-slate-600">{t('rules')}</h4>
      <ul className="divide-y divide-slate-200 rounded-md border border-slate-200 bg-white" data-testid="trainee-rules">
        {score.rules.map((rule) => (
          <li key={rule.rule} data-rule={rule.rule} data-passed={rule.passed} className="px-3 py-2 text-sm">
            <p className="font-medium">
              <span className={rule.passed ? 'text-emerald-700' : 'text-red-700'}>
                {rule.passed ? '✓' : '✗'}
                <span className="sr-only"> {t(rule.passed ? 'passed' : 'failed')}:</span>
              </span>{' '}
              {ruleLabel(rule.rule, language)}
            </p>
            <p className="text-slate-800">{rule.message[language]}</p>
            <p className="text-xs italic text-slate-600">
              {t('why')}: {citationIn(rule.guideline, language)}
            </p>
          </li>
        ))}
      </ul>
      <h4 className="text-xs font-semibold uppercase tracking-wide text-slate-600">{t('example')}</h4>
      <blockquote
        data-testid="trainee-example"
        className="rounded-md border-l-4 border-emerald-600 bg-emerald-50 px-3 py-2 text-sm text-slate-900"
      >
        {scenario.exampleReply || t('exampleNone')}
      </blockquote>
      <button
        type="button"
        data-testid="trainee-next"
        aria-keyshortcuts="N"
        onClick={onNext}
        className="rounded-md border border-blue-700 bg-blue-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-blue-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600"
      >
        {t('next')} <kbd className="font-normal">(N)</kbd>
      </button>
    </section>
  );
}
