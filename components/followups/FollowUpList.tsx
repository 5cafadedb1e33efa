import type { FollowUp } from '@/lib/shared/followups/schema';
import { dueState } from '@/lib/shared/followups/due';
import { followUpsDictionary } from '@/lib/shared/i18n/messages/followups';
import { createTranslator, type UiLanguage } from '@/lib/shared/i18n/translate';
import { formatWhen } from './format';

interface Props {
  rows: FollowUp[];
  now: number;
  language: UiLanguage;
  departments: ReadonlyArray<{ id: string; name: string }>;
  onClose: (row: FollowUp) => void;
  onWaitCustomer: (row: FollowUp) => void;
  /** Denser rows in the panel; the options page has room for the platform and the note. */
  compact?: boolean;
}

const DUE_CLASS = {
  overdue: 'font-semibold text-red-700 dark:text-red-300',
  soon: 'text-amber-800 dark:text-amber-200',
  later: 'text-slate-700 dark:text-slate-200',
} as const;
const BUTTON =
  'rounded border border-slate-400 px-1.5 py-0.5 text-[12px] hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-600 dark:hover:bg-slate-800';

/** Follow-ups in the order given (by due time): who it waits on since when, when it is due, and the actions. */
export function FollowUpList({ rows, now, language, departments, onClose, onWaitCustomer, compact }: Props) {
  const t = createTranslator(followUpsDictionary, language);
  if (rows.length === 0)
    return (
      <p data-testid="careside-followups-empty" className="text-[12px] text-slate-600 dark:text-slate-300">
        {t('empty')}
      </p>
    );
  return (
    <ul aria-label={t('listLabel')} data-testid="careside-followups" className="space-y-1.5">
      {rows.map((row) => {
        const name = row.authorName || row.authorHandle;
        const state = row.status === 'open' ? dueState(row, now) : 'later';
        const department = row.waitingOn.kind === 'department' ? row.waitingOn.department : undefined;
        const since = formatWhen(row.since, language);
        return (
          <li
            key={`${row.platform}:${row.itemId}`}
            data-careside-followup={row.itemId}
            data-due-state={row.status === 'open' ? state : 'closed'}
            data-due-at={row.dueAt}
            className={`rounded border px-2 py-1.5 text-[12px] ${
              state === 'overdue' ? 'border-red-400 dark:border-red-500' : 'border-slate-200 dark:border-slate-700'
            } ${row.status === 'closed' ? 'opacity-80' : ''}`}
          >
            <p className="flex flex-wrap items-baseline gap-x-1.5">
              {state === 'overdue' && (
                <span className="rounded bg-red-600 px-1 text-[11px] font-semibold text-white">{t('overdueTag')}</span>
              )}
              <span className="font-medium">{name}</span>
              {!compact && (
                <span className="text-slate-600 dark:text-slate-300">· {row.platform === 'x' ? 'X' : 'Facebook'}</span>
              )}
            </p>
            <p className="text-slate-700 dark:text-slate-200">
              {department !== undefined
                ? t('waitingOnDept', {
                    department: departments.find((d) => d.id === department)?.name ?? department,
                    since,
                  })
                : t('waitingOnCustomer', { since })}
            </p>
            <p data-testid="careside-followup-due" className={DUE_CLASS[state]}>
              {row.status === 'closed'
                ? t('closedOn', { when: formatWhen(row.closedAt ?? row.since, language) })
                : t(state === 'overdue' ? 'overdueSince' : 'dueIn', { when: formatWhen(row.dueAt, language) })}
            </p>
            {!compact && row.note && <p className="text-slate-600 dark:text-slate-300">{row.note}</p>}
            {row.status === 'open' && (
              <div className="mt-1 flex flex-wrap gap-1.5">
                <button
                  type="button"
                  data-testid="careside-followup-close"
                  aria-label={t('answerCameFor', { name })}
                  className={BUTTON}
                  onClick={() => onClose(row)}
                >
                  {t('answerCame')}
                </button>
                {department !== undefined && (
                  <button
                    type="button"
                    aria-label={t('waitCustomerFor', { name })}
                    className={BUTTON}
                    onClick={() => onWaitCustomer(row)}
                  >
                    {t('waitCustomer')}
                  </button>
                )}
                {row.permalink && (
                  <a href={row.permalink} target="_blank" rel="noreferrer" className={BUTTON}>
                    {t('openItem')}
                  </a>
                )}
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
