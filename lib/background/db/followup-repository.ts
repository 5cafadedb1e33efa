import type { Platform } from '@/lib/shared/model/social-item';
import type { BusinessHours } from '@/lib/shared/stats/business-hours';
import { dueAtOf } from '@/lib/shared/followups/due';
import type { FollowUp, FollowUpRow, WaitingOn } from '@/lib/shared/followups/schema';
import { orderFollowUps } from '@/lib/shared/followups/order';
import type { HistoryRow } from '@/lib/shared/followups/history';
import type { CareSideDb } from './database';

export type FollowUpInput = Pick<FollowUpRow, 'platform' | 'itemId' | 'waitingOn' | 'since'>;

/** What due times are computed from: the departments' answer times and the business hours, as set now. */
export interface DueSettings {
  departments: ReadonlyArray<{ id: string; answerHours?: number }>;
  businessHours: BusinessHours | null;
}

/**
 * The stored rows with their handled row's who/where/note and their due time from `due`. A row whose
 * handled row is gone (deleted from the log) has nothing to show and is left out.
 */
export async function withDetails(db: CareSideDb, rows: FollowUpRow[], due: DueSettings): Promise<FollowUp[]> {
  const handled = await db.handled.bulkGet(rows.map((row) => [row.platform, row.itemId] as [string, string]));
  return rows.flatMap((row, index) => {
    const source = handled[index];
    if (!source) return [];
    const { permalink, authorHandle, authorName, language, note } = source;
    const dueAt = dueAtOf(row, due.departments, due.businessHours);
    return [{ ...row, permalink, authorHandle, authorName, language, note, dueAt }];
  });
}

/** Opens (or re-opens, with a new wait) the follow-up of an item. */
export async function openFollowUp(db: CareSideDb, input: FollowUpInput): Promise<FollowUpRow> {
  const row: FollowUpRow = { ...input, status: 'open' };
  await db.followups.put(row);
  return row;
}

/** Follow-ups by due time: every open one, and when asked the `limit` closed most recently. */
export async function listFollowUps(
  db: CareSideDb,
  includeClosed: boolean,
  due: DueSettings,
  limit = 200,
): Promise<FollowUp[]> {
  const open = await db.followups.where('status').equals('open').toArray();
  const closed = includeClosed ? await db.followups.orderBy('closedAt').reverse().limit(limit).toArray() : [];
  return orderFollowUps(await withDetails(db, [...open, ...closed], due));
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

/** Moves an open follow-up to a new wait (e.g. now waiting on the customer) from `since`. */
export async function rewaitFollowUp(
  db: CareSideDb,
  key: { platform: Platform; itemId: string },
  waitingOn: WaitingOn,
  since: number,
): Promise<FollowUpRow | undefined> {
  return db.transaction('rw', db.followups, async () => {
    const row = await db.followups.get([key.platform, key.itemId]);
    if (!row || row.status !== 'open') return undefined;
    const next: FollowUpRow = { ...row, waitingOn, since };
    await db.followups.put(next);
    return next;
  });
}

/**
 * Follow-ups go with the log row they came from: those of the handled rows the retention cut-off deletes
 * (first action before `cutoffMs`). Run before the handled rows are deleted.
 */
export async function pruneFollowUps(db: CareSideDb, cutoffMs: number): Promise<number> {
  const keys = await db.handled.where('actionAt').below(cutoffMs).primaryKeys();
  const existing = await db.followups.bulkGet(keys);
  await db.followups.bulkDelete(keys);
  return existing.filter(Boolean).length;
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
