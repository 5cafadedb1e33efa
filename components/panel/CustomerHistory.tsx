import { useQuery } from '@tanstack/react-query';
import { formatDay, formatWhen } from '@/components/followups/format';
import { aggregateHistory } from '@/lib/shared/followups/history';
import { followUpsDictionary } from '@/lib/shared/i18n/messages/followups';
import { outcomeLabels } from '@/lib/shared/i18n/messages/outcomes';
import { createTranslator, type UiLanguage } from '@/lib/shared/i18n/translate';
import type { SocialItem } from '@/lib/shared/model/social-item';
import { authorHistoryQuery } from '@/lib/ui/queries/followups';

interface Props {
  item: Pick<SocialItem, 'platform' | 'id' | 'authorHandle'>;
  language: UiLanguage;
  departments: ReadonlyArray<{ id: string; name: string }>;
  categoryName: (category: string) => string;
}

const SHOWN = 5;

/** The author's earlier items from the local log: how each was handled, escalations, notes, first and last contact. */
export function CustomerHistory({ item, language, departments, categoryName }: Props) {
  const t = createTranslator(followUpsDictionary, language);
  const query = useQuery({
    ...authorHistoryQuery(item.platform, [item.authorHandle]),
    enabled: item.authorHandle.length > 0,
  });
  if (!query.data) return null;
  const history = aggregateHistory(query.data[item.authorHandle] ?? [], item.id);
  const departmentName = (id: string) => departments.find((d) => d.id === id)?.name ?? id;
  return (
    <details
      data-testid="careside-history"
      data-earlier={history.earlier.length}
      open={history.earlier.length > 0}
      className="rounded border border-slate-200 p-2 text-[12px] dark:border-slate-700"
    >
      <summary className="cursor-pointer font-semibold">{t('historyTitle')}</summary>
      {history.earlier.length === 0 ? (
        <p className="mt-1 text-slate-600 dark:text-slate-300">{t('historyNone')}</p>
      ) : (
        <div className="mt-1 space-y-1">
          <p>
            {t('historySummary', {
              count: history.earlier.length,
              escalations: history.escalations,
              resolved: history.resolved,
            })}
          </p>
          <p className="text-slate-600 dark:text-slate-300">
            {t('firstLast', {
              first: formatDay(history.firstContact!, language),
              last: formatDay(history.lastContact!, language),
            })}
          </p>
          <ul className="space-y-1">
            {history.earlier.slice(0, SHOWN).map((row) => (
              <li key={row.itemId} data-history-item={row.itemId} className="border-l-2 border-slate-300 pl-2">
                <span className="font-medium">{formatWhen(row.itemCreatedAt, language)}</span>
                {' · '}
                {categoryName(row.category)}
                {' · '}
                {row.outcome === 'escalated' && row.department
                  ? t('escalatedTo', { department: departmentName(row.department) })
                  : outcomeLabels[language][row.outcome]}
                {' · '}
                {row.resolved ? t('resolvedMark') : t('openMark')}
                {row.note && (
                  <span className="block text-slate-600 dark:text-slate-300">{t('note', { note: row.note })}</span>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
    </details>
  );
}
