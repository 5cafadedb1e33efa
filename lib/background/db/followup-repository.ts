import type { Platform } from '@/lib/shared/model/social-item';
import type { FollowUpRow, WaitingOn } from '@/lib/shared/followups/schema';
import { orderFollowUps } from '@/lib/shared/followups/order';
import type { HistoryRow } from '@/lib/shared/followups/history';
import type { CareSideDb } from './database';

export type FollowUpInput = Omit<FollowUpRow, 'status' | 'closedAt'>;

/** Opens (or re-opens, with a new wait) the follow-up of an item. */
export async function openFollowUp(db: CareSideDb, input: FollowUpInput): Promise<FollowUpRow> {
  const row: FollowUpRow = { ...input, status: 'open' };
  await db.followups.put(row);
  return row;
}

/** Follow-ups by due time, open ones first; closed ones only when asked (the latest `limit`). */
export async function listFollowUps(db: CareSideDb, includeClosed: boolean, limit = 200): Promise<FollowUpRow[]> {
  const open = await db.followups.where('status').equals('open').toArray();
  const closed = includeClosed ? await db.followups.where('status').equals('closed').toArray() : [];
  const latestClosed = closed.sort((a, b) => (b.closedAt ?? 0) - (a.closedAt ?? 0)).slice(0, limit);
  return orderFollowUps([...open, ...latestClosed]).slice(0, limit * 2);
}

/** Closes an item's open follow-up ("the answer came back"); undefined when it had none open. */
export async function closeFollowUp(
  db: CareSideDb,
  platform: Platform,
  itemId: string,
  now: number,
): Promise<FollowUpRow | undefined> {
  return db.transaction('rw', db.followups, async () => {
    const row = await db.followups.get([platform, itemId]);
    if (!row || row.status !== 'open') return undefined;
    const closed: FollowUpRow = { ...row, status: 'closed', closedAt: now };
    await db.followups.put(closed);
    return closed;
  });
}

/** Moves an open follow-up to a new wait (e.g. now waiting on the customer) with its new due time. */
export async function rewaitFollowUp(
  db: CareSideDb,
  key: { platform: Platform; itemId: string },
  waitingOn: WaitingOn,
  since: number,
  dueAt: number,
): Promise<FollowUpRow | undefined> {
  return db.transaction('rw', db.followups, async () => {
    const row = await db.followups.get([key.platform, key.itemId]);
    if (!row || row.status !== 'open') return undefined;
    const next: FollowUpRow = { ...row, waitingOn, since, dueAt };
    await db.followups.put(next);
    return next;
  });
}

/** Follow-ups that started before the retention cut-off go with the log row they came from. */
export async function pruneFollowUps(db: CareSideDb, cutoffMs: number): Promise<number> {
  return db.followups.filter((row) => row.since < cutoffMs).delete();
}

const HISTORY_LIMIT = 100;

/** The logged items of each author (the newest HISTORY_LIMIT per author), read through the author index. */
export async function authorRows(
  db: CareSideDb,
  platform: Platform,
  handles: string[],
): Promise<Record<string, HistoryRow[]>> {
  const unique = [...new Set(handles.filter((handle) => handle.trim()))];
  const result: Record<string, HistoryRow[]> = {};
  await Promise.all(
    unique.map(async (handle) => {
      const rows = await db.handled.where('[platform+authorHandle]').equals([platform, handle]).toArray();
      result[handle] = rows
        .sort((a, b) => b.itemCreatedAt - a.itemCreatedAt)
        .slice(0, HISTORY_LIMIT)
        .map((row) => ({
          itemId: row.itemId,
          permalink: row.permalink,
          authorName: row.authorName,
          category: row.category,
          urgent: row.urgent,
          outcome: row.outcome,
          department: row.department,
          resolved: row.resolved,
          note: row.note,
          itemCreatedAt: row.itemCreatedAt,
          actionAt: row.actionAt,
        }));
    }),
  );
  return result;
}
