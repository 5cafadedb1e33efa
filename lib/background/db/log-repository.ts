import type { Platform } from '@/lib/shared/model/social-item';
import type { BusinessHours } from '@/lib/shared/stats/business-hours';
import { localDay } from '@/lib/shared/stats/day';
import type { HandledRow, SeenRow } from '@/lib/shared/stats/log-rows';
import { computeResponseTimes } from '@/lib/shared/stats/response-time';
import { applyHandled, applySeen } from '@/lib/shared/stats/rollup';
import type { CareSideDb } from './database';
import { RollupBatch } from './rollup-batch';
import { rollupTables } from './rollup-tables';

export type SeenInput = Omit<SeenRow, 'day' | 'handled'>;
export type HandledInput = Omit<HandledRow, 'updatedAt' | 'responseSeconds' | 'businessResponseSeconds' | 'day'>;

export interface LogPolicy {
  /** Keep the comment text (privacy setting, off by default). */
  storeText: boolean;
  /** Business hours used for businessResponseSeconds, or null when not configured. */
  businessHours: BusinessHours | null;
}

/**
 * Records items that reached the queue (response-rate denominator). Idempotent: an item already
 * seen keeps its first-seen row. Returns how many were new.
 */
export async function recordSeen(db: CareSideDb, items: SeenInput[]): Promise<number> {
  const unique = [...new Map(items.map((item) => [`${item.platform}|${item.itemId}`, item])).values()];
  const keys = unique.map((item) => [item.platform, item.itemId] as [string, string]);
  return db.transaction('rw', [db.seen, db.handled, db.daily, db.dailySamples], async () => {
    const [existing, handled] = await Promise.all([db.seen.bulkGet(keys), db.handled.bulkGet(keys)]);
    const batch = new RollupBatch(rollupTables(db));
    const added: SeenRow[] = [];
    for (const [index, item] of unique.entries()) {
      if (existing[index]) continue;
      const row: SeenRow = { ...item, day: localDay(item.firstSeenAt), handled: handled[index] !== undefined };
      applySeen(await batch.get(row.day, row.platform), row, 1);
      added.push(row);
    }
    await db.seen.bulkPut(added);
    await batch.save();
    return added.length;
  });
}

/**
 * Records an action on an item. Idempotent and atomic: handling the same item again updates its row
 * and roll-ups but keeps the first response time; a killed worker leaves either all or nothing.
 */
export async function recordHandled(
  db: CareSideDb,
  input: HandledInput,
  policy: LogPolicy,
): Promise<{ responseSeconds: number; firstResponse: boolean }> {
  const key: [string, string] = [input.platform, input.itemId];
  return db.transaction('rw', [db.handled, db.seen, db.daily, db.dailySamples], async () => {
    const batch = new RollupBatch(rollupTables(db));
    // Everything this write may read, in one round: the rows, and the roll-ups of the days a new row lands on.
    const [existing, seen] = await Promise.all([
      db.handled.get(key),
      db.seen.get(key),
      batch.prefetch([
        [localDay(input.actionAt), input.platform],
        [localDay(Math.min(input.firstSeenAt, input.actionAt)), input.platform],
      ]),
    ]);
    const { text, ...fields } = input;
    const first = existing ?? {
      ...computeResponseTimes(
        { ...input, firstSeenAt: Math.min(input.firstSeenAt, seen?.firstSeenAt ?? Infinity) },
        policy.businessHours,
      ),
      itemCreatedAt: input.itemCreatedAt,
      firstSeenAt: Math.min(input.firstSeenAt, seen?.firstSeenAt ?? Infinity, input.actionAt),
      actionAt: input.actionAt,
      day: localDay(input.actionAt),
    };
    const row: HandledRow = {
      ...fields,
      itemCreatedAt: first.itemCreatedAt,
      firstSeenAt: first.firstSeenAt,
      actionAt: first.actionAt,
      day: first.day,
      responseSeconds: first.responseSeconds,
      businessResponseSeconds: first.businessResponseSeconds,
      updatedAt: Math.max(input.actionAt, existing?.updatedAt ?? 0),
    };
    // Handling an item again without a mark keeps the one recorded before.
    const satisfaction = input.satisfaction ?? existing?.satisfaction;
    if (satisfaction !== undefined) row.satisfaction = satisfaction;
    const keptText = policy.storeText ? (text ?? existing?.text) : undefined;
    if (keptText !== undefined) row.text = keptText;
    if (existing) applyHandled(await batch.get(existing.day, existing.platform), existing, -1);
    applyHandled(await batch.get(row.day, row.platform), row, 1);
    const writes: Promise<unknown>[] = [];
    // A handled item has reached the queue: make sure it counts in the response rate.
    if (!seen) {
      const seenRow: SeenRow = {
        platform: row.platform,
        itemId: row.itemId,
        category: row.category,
        urgent: row.urgent,
        language: row.language,
        itemCreatedAt: row.itemCreatedAt,
        createdAtApproximate: row.createdAtApproximate,
        firstSeenAt: row.firstSeenAt,
        day: localDay(row.firstSeenAt),
        handled: true,
      };
      applySeen(await batch.get(seenRow.day, seenRow.platform), seenRow, 1);
      writes.push(db.seen.put(seenRow));
    } else if (!seen.handled) {
      const rollup = await batch.get(seen.day, seen.platform);
      applySeen(rollup, seen, -1);
      applySeen(rollup, { handled: true }, 1);
      writes.push(db.seen.put({ ...seen, handled: true }));
    }
    // The writes go out together: the transaction commits once all are done, none waits for another.
    await Promise.all([...writes, db.handled.put(row), batch.save()]);
    return { responseSeconds: row.responseSeconds, firstResponse: !existing };
  });
}

/** Which of these items were already handled (the panel marks them done). */
export async function findHandledIds(db: CareSideDb, platform: Platform, itemIds: string[]): Promise<string[]> {
  const rows = await db.handled.bulkGet(itemIds.map((itemId) => [platform, itemId] as [string, string]));
  return rows.flatMap((row) => (row ? [row.itemId] : []));
}

/** How many times each template was used, all time (feeds template ranking). */
export async function countTemplateUsage(db: CareSideDb): Promise<Record<string, number>> {
  const usage: Record<string, number> = {};
  await db.daily.each((row) => {
    for (const [id, count] of Object.entries(row.byTemplate)) usage[id] = (usage[id] ?? 0) + count;
  });
  return usage;
}
