import type { FollowUp } from './schema';

/** Open follow-ups first, each group by due time (the earliest first, so overdue ones lead). */
export function orderFollowUps<T extends Pick<FollowUp, 'status' | 'dueAt' | 'itemId'>>(rows: readonly T[]): T[] {
  return [...rows].sort(
    (a, b) =>
      (a.status === 'open' ? 0 : 1) - (b.status === 'open' ? 0 : 1) ||
      a.dueAt - b.dueAt ||
      a.itemId.localeCompare(b.itemId),
  );
}

/** Ids of open follow-ups past their due time. */
export function overdueIds(rows: ReadonlyArray<Pick<FollowUp, 'status' | 'dueAt' | 'itemId'>>, now: number) {
  return new Set(rows.filter((row) => row.status === 'open' && now >= row.dueAt).map((row) => row.itemId));
}

/**
 * The queue with overdue follow-ups put back in it as urgent: an escalated item is handled, but when the
 * department's answer is late it is work again, and urgent work.
 */
export function withOverdue<E extends { id: string; urgent: boolean }>(
  entries: readonly E[],
  handled: ReadonlySet<string>,
  overdue: ReadonlySet<string>,
): { entries: E[]; handled: Set<string> } {
  if (overdue.size === 0) return { entries: [...entries], handled: new Set(handled) };
  return {
    entries: entries.map((entry) => (overdue.has(entry.id) ? { ...entry, urgent: true } : entry)),
    handled: new Set([...handled].filter((id) => !overdue.has(id))),
  };
}
