import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { traineeDictionary } from '@/lib/shared/i18n/messages/trainee';
import { createTranslator, type UiLanguage } from '@/lib/shared/i18n/translate';
import { percent, practiceProgress } from '@/lib/shared/training/progress';
import { ruleLabel } from '@/lib/shared/training/rules';
import { practiceAttemptsQuery } from '@/lib/ui/queries/practice';

const rate = (part: number, whole: number) => `${percent(part, whole) ?? '–'}%`;

/** Trainee mode's progress: attempts, category accuracy, and the pass rate of each coach rule per practice day. */
export function PracticePanel({ language }: { language: UiLanguage }) {
  const t = createTranslator(traineeDictionary, language);
  const attempts = useQuery(practiceAttemptsQuery());
  const progress = useMemo(() => practiceProgress(attempts.data ?? []), [attempts.data]);
  const numbers = [
    { key: 'attempts', label: t('attempts'), value: String(progress.attempts) },
    { key: 'category', label: t('categoryAccuracy'), value: rate(progress.categoryCorrect, progress.attempts) },
    { key: 'action', label: t('actionAccuracy'), value: rate(progress.actionCorrect, progress.attempts) },
    { key: 'perfect', label: t('perfect'), value: rate(progress.perfect, progress.attempts) },
  ];
  return (
    <section
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
      aria-labelledby="practice-heading"
      data-testid="practice-panel"
    >
      <div className="flex items-baseline gap-3">
        <h3 id="practice-heading" className="text-sm font-semibold">
          {t('practiceTitle')}
        </h3>
        <a
          href="#practice"
          className="text-sm text-blue-800 underline hover:text-blue-900 focus-visible:outline-2 focus-visible:outline-blue-600"
        >
          {t('openTrainee')}
        </a>
      </div>
      {progress.attempts === 0 ? (
        <p className="text-sm text-slate-600">{t('practiceEmpty')}</p>
      ) : (
        <>
          <dl className="grid grid-cols-2 gap-3 md:grid-cols-4">
            {numbers.map((n) => (
              <div key={n.key} className="rounded-md border border-slate-200 p-3">
                <dt className="text-xs font-medium text-slate-600">{n.label}</dt>
                <dd className="text-xl font-semibold tabular-nums" data-testid={`practice-${n.key}`}>
                  {n.value}
                </dd>
              </div>
            ))}
          </dl>
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm" data-testid="practice-rules">
              <caption className="sr-only">{t('rules')}</caption>
              <thead className="text-xs text-slate-600">
                <tr>
                  <th scope="col" className="py-1 pr-3 font-medium">
                    {t('rule')}
                  </th>
                  <th scope="col" className="py-1 pr-3 font-medium">
                    {t('overall')}
                  </th>
                  {progress.days.map((day) => (
                    <th key={day} scope="col" className="py-1 pr-3 font-medium tabular-nums">
                      {day.slice(5)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {progress.rules.map((rule) => (
                  <tr key={rule.rule} data-rule={rule.rule}>
                    <th scope="row" className="py-1 pr-3 font-normal">
                      {ruleLabel(rule.rule, language)}
                    </th>
                    <td className="py-1 pr-3 tabular-nums" data-testid="practice-rule-overall">
                      {rate(rule.passed, rule.attempts)}{' '}
                      <span className="text-xs text-slate-600">
                        ({rule.passed}/{rule.attempts})
                      </span>
                    </td>
                    {progress.days.map((day) => {
                      const entry = rule.byDay.find((d) => d.day === day);
                      return (
                        <td key={day} className="py-1 pr-3 tabular-nums text-slate-700">
                          {entry ? rate(entry.passed, entry.attempts) : ''}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
