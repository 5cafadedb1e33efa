import { memo } from 'react';
import type { TrackedItem } from '@/lib/shared/model/queue';
import { formatAge, slaStatus } from '@/lib/shared/triage/sla';
import type { UiLanguage } from '@/lib/shared/i18n/translate';
import type { RowMarks } from '@/lib/shared/followups/history';

const SLA_DOT = { green: 'bg-emerald-500', amber: 'bg-amber-500', red: 'bg-red-600' } as const;
const CATEGORY_TEXT: Record<string, string> = {
  complaint: 'text-red-700 dark:text-red-300',
  praise: 'text-emerald-700 dark:text-emerald-300',
  question: 'text-blue-700 dark:text-blue-300',
  troll: 'text-slate-600 dark:text-slate-300',
  spam: 'text-slate-600 dark:text-slate-300',
  other: 'text-slate-600 dark:text-slate-300',
};

export interface QueueRowLabels {
  troll: string;
  urgent: string;
  sla: (status: string) => string;
  topic: (id: string) => string;
  category: (category: string) => string;
  closeCall: (first: string, second: string) => string;
  tone: (label: string) => string;
  sarcasm: string;
  /** Shown instead of a category when the text could not be read, or the comment is only media. */
  readState: (tracked: TrackedItem) => string | null;
  returning: string;
  nthComplaint: (n: number) => string;
}

const TONE_MARK = { negative: '▼', neutral: '•', positive: '▲' } as const;

/** The category as the row says it: troll warning, possible sarcasm, both when the call is close, or the name. */
function categoryLabel(c: TrackedItem['classification'], labels: QueueRowLabels): string {
  if (c.troll) return labels.troll;
  if (c.sarcasm) return labels.sarcasm;
  if (c.alternative) return labels.closeCall(labels.category(c.category), labels.category(c.alternative.category));
  return labels.category(c.category);
}

interface Props {
  tracked: TrackedItem;
  selected: boolean;
  now: number;
  slaMinutes: number;
  language: UiLanguage;
  labels: QueueRowLabels;
  /** What the log says about the author, when anything. */
  marks?: RowMarks;
  onSelect: (id: string) => void;
}

/**
 * One queue row: SLA dot, author, age, language, category (both when the call is close, "possible sarcasm" when
 * praise reads ironic), tone, urgent topic; trolls dimmed with the reason.
 */
export const QueueRow = memo(function QueueRow({
  tracked,
  selected,
  now,
  slaMinutes,
  language,
  labels,
  marks,
  onSelect,
}: Props) {
  const { item, classification } = tracked;
  const status = slaStatus(now - item.createdAt, slaMinutes);
  const dimmed = classification.troll || classification.category === 'spam';
  const readLabel = labels.readState(tracked);
  return (
    <li
      role="option"
      id={`careside-row-${item.id}`}
      aria-selected={selected}
      data-careside-row={item.id}
      onClick={() => onSelect(item.id)}
      className={`flex cursor-pointer items-center gap-2 rounded px-2 py-1.5 text-[13px] leading-tight hover:bg-slate-100 dark:hover:bg-slate-800 ${
        selected ? 'bg-blue-50 ring-1 ring-blue-400 dark:bg-slate-800' : ''
      } ${dimmed ? 'text-slate-600 dark:text-slate-400' : ''}`}
    >
      <span
        role="img"
        aria-label={labels.sla(status)}
        className={`h-2.5 w-2.5 shrink-0 rounded-full ${SLA_DOT[status]}`}
      />
      <span className="min-w-0 flex-1 truncate">
        <span className="font-medium">{item.authorName || item.authorHandle}</span>
        <span className="text-slate-600 dark:text-slate-300">
          {' · '}
          {formatAge(now - item.createdAt, language)}
          {classification.language !== 'other' && <> · {classification.language.toUpperCase()}</>}
          {' · '}
        </span>
        {readLabel !== null ? (
          <span data-careside-read-state={tracked.readState} className="text-amber-800 dark:text-amber-200">
            {readLabel}
          </span>
        ) : (
          <span className={CATEGORY_TEXT[classification.category]} data-careside-category={classification.category}>
            {categoryLabel(classification, labels)}
          </span>
        )}
        {tracked.readState === 'read' && (
          <span
            role="img"
            data-careside-tone={classification.sentimentLabel}
            aria-label={labels.tone(classification.sentimentLabel)}
            title={labels.tone(classification.sentimentLabel)}
            className="ml-1 text-[11px] text-slate-600 dark:text-slate-300"
          >
            {TONE_MARK[classification.sentimentLabel]}
          </span>
        )}
        {marks && (
          <span data-careside-marks className="block truncate text-[11px] text-violet-800 dark:text-violet-300">
            {[
              marks.returning ? labels.returning : '',
              marks.complaintsThisMonth > 1 ? labels.nthComplaint(marks.complaintsThisMonth) : '',
            ]
              .filter(Boolean)
              .join(' · ')}
          </span>
        )}
      </span>
      {classification.urgent.flag && (
        <span className="max-w-36 shrink-0 truncate rounded bg-red-600 px-1.5 py-0.5 text-[11px] font-semibold text-white">
          ⚠ {classification.urgent.topics[0] ? labels.topic(classification.urgent.topics[0]) : labels.urgent}
        </span>
      )}
    </li>
  );
});
