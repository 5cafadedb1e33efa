import type { Category } from '@/lib/shared/model/categories';
import type { HandledRow } from '@/lib/shared/stats/log-rows';

/** The fields of a handled-log row the customer history shows (the message schema picks the same). */
export const HISTORY_FIELDS = {
  itemId: true,
  permalink: true,
  authorName: true,
  category: true,
  urgent: true,
  outcome: true,
  department: true,
  resolved: true,
  note: true,
  itemCreatedAt: true,
  actionAt: true,
} as const;

/** The part of a handled-log row the customer history shows. */
export type HistoryRow = Pick<HandledRow, keyof typeof HISTORY_FIELDS>;

export interface CustomerHistory {
  /** Earlier items of the author, the newest first (the selected item left out). */
  earlier: HistoryRow[];
  escalations: number;
  resolved: number;
  complaints: number;
  /** First and last contact over the earlier items, undefined when there is none. */
  firstContact?: number;
  lastContact?: number;
}

/** Aggregates an author's logged items into what the detail view shows; `currentId` is the item on screen. */
export function aggregateHistory(rows: readonly HistoryRow[], currentId: string): CustomerHistory {
  const earlier = rows.filter((row) => row.itemId !== currentId).sort((a, b) => b.itemCreatedAt - a.itemCreatedAt);
  const times = earlier.map((row) => row.itemCreatedAt);
  return {
    earlier,
    escalations: earlier.filter((row) => row.outcome === 'escalated').length,
    resolved: earlier.filter((row) => row.resolved).length,
    complaints: earlier.filter((row) => row.category === 'complaint').length,
    firstContact: times.length ? Math.min(...times) : undefined,
    lastContact: times.length ? Math.max(...times) : undefined,
  };
}

/** Start of the local calendar month that contains `now`. */
export function monthStart(now: number): number {
  const date = new Date(now);
  return new Date(date.getFullYear(), date.getMonth(), 1).getTime();
}

export interface RowMarks {
  /** The author has at least one other item in the log. */
  returning: boolean;
  /** Complaints of the author this calendar month, this item included when it is one (0 when none). */
  complaintsThisMonth: number;
}

/** What a queue row says about the author: "returning customer", "3rd complaint this month". */
export function rowMarks(
  current: { id: string; category: Category; createdAt: number },
  rows: ReadonlyArray<Pick<HistoryRow, 'itemId' | 'category' | 'itemCreatedAt'>>,
  now: number,
): RowMarks {
  const others = rows.filter((row) => row.itemId !== current.id);
  const since = monthStart(now);
  const earlierComplaints = others.filter((row) => row.category === 'complaint' && row.itemCreatedAt >= since).length;
  const currentCounts = current.category === 'complaint' && current.createdAt >= since ? 1 : 0;
  return {
    returning: others.length > 0,
    complaintsThisMonth: earlierComplaints > 0 || currentCounts > 0 ? earlierComplaints + currentCounts : 0,
  };
}
