import type { TrackedItem } from '@/lib/shared/model/queue';
import type { UiLanguage } from '@/lib/shared/i18n/translate';
import type { RowMarks } from '@/lib/shared/followups/history';
import { QueueRow, type QueueRowLabels } from './QueueRow';

interface Props {
  items: TrackedItem[];
  selectedId: string | undefined;
  now: number;
  slaMinutes: number;
  language: UiLanguage;
  label: string;
  emptyText: string;
  labels: QueueRowLabels;
  marks?: ReadonlyMap<string, RowMarks>;
  onSelect: (id: string) => void;
}

/** The queue as a listbox: arrow keys and J/K move the selection (handled by the panel's key map). */
export function QueueList(props: Props) {
  const { items, selectedId, now, slaMinutes, language, label, emptyText, labels, marks, onSelect } = props;
  if (items.length === 0)
    return (
      <p data-testid="careside-empty" className="px-2 py-6 text-center text-[13px] text-slate-600 dark:text-slate-300">
        {emptyText}
      </p>
    );
  return (
    <ul
      role="listbox"
      aria-label={label}
      aria-activedescendant={selectedId ? `careside-row-${selectedId}` : undefined}
      data-testid="careside-queue"
      tabIndex={0}
      className="max-h-44 shrink-0 space-y-0.5 overflow-y-auto"
    >
      {items.map((tracked) => (
        <QueueRow
          key={tracked.item.id}
          tracked={tracked}
          selected={tracked.item.id === selectedId}
          now={now}
          slaMinutes={slaMinutes}
          language={language}
          labels={labels}
          marks={marks?.get(tracked.item.id)}
          onSelect={onSelect}
        />
      ))}
    </ul>
  );
}
