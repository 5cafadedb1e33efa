import type { QueueTab } from '@/lib/shared/triage/queue';

interface Props {
  tab: QueueTab;
  counts: Record<QueueTab, number>;
  labels: Record<QueueTab, string>;
  ariaLabel: string;
  onChange: (tab: QueueTab) => void;
}

const TABS: QueueTab[] = ['urgent', 'open', 'done'];

export function QueueTabs({ tab, counts, labels, ariaLabel, onChange }: Props) {
  return (
    <div
      role="tablist"
      aria-label={ariaLabel}
      className="flex gap-1 border-b border-slate-200 pb-1 dark:border-slate-700"
    >
      {TABS.map((name) => (
        <button
          key={name}
          type="button"
          role="tab"
          aria-selected={tab === name}
          data-testid={`careside-tab-${name}`}
          onClick={() => onChange(name)}
          className="rounded px-2 py-1 text-[13px] font-medium text-slate-700 hover:bg-slate-100 aria-selected:bg-slate-900 aria-selected:text-white dark:text-slate-200 dark:hover:bg-slate-800 dark:aria-selected:bg-slate-100 dark:aria-selected:text-slate-900"
        >
          {labels[name]} <span className="tabular-nums">{counts[name]}</span>
        </button>
      ))}
    </div>
  );
}
