import type { BusinessHours } from '@/lib/shared/stats/business-hours';
import { aggregateStats } from '@/lib/shared/stats/aggregate';
import type { DashboardStats, StatsRange } from '@/lib/shared/stats/dashboard-stats';
import { addDays, dayStart, localDay } from '@/lib/shared/stats/day';
import { ROLLUP_REVISION, type HandledRow } from '@/lib/shared/stats/log-rows';
import { closedEscalationSeconds, isClosedEscalationIn } from '@/lib/shared/stats/resolution';
import { computeResponseTimes } from '@/lib/shared/stats/response-time';
import type { CareSideDb } from './database';
import { pruneFollowUps, type DueSettings } from './followup-repository';
import { dueAtOf } from '@/lib/shared/followups/due';
import { rebuildRollupsInTransaction } from './rollup-store';
import { readRollupsUpTo, rollupTables } from './rollup-tables';

/**
 * All of the dashboard's numbers for a period: reads the daily roll-ups up to the period's end (those
 * before it tell returning customers), the follow-ups, and the handled rows of the escalations closed in
 * the period (one bulk read). Roll-ups written before they had every field are rebuilt from the log once.
 */
export async function queryStats(
  db: CareSideDb,
  range: StatsRange,
  businessHoursOnly: boolean,
  due: DueSettings,
): Promise<DashboardStats> {
  const readRollups = () => readRollupsUpTo(rollupTables(db), range.to);
  const [firstRead, followUps] = await Promise.all([readRollups(), db.followups.toArray()]);
  let rows = firstRead;
  if (rows.some((row) => row.revision !== ROLLUP_REVISION)) {
    await db.transaction('rw', [db.handled, db.seen, db.daily, db.dailySamples], () =>
      rebuildRollupsInTransaction(db.handled, db.seen, rollupTables(db)),
    );
    rows = await readRollups();
  }
  const escalations = followUps.filter((followUp) => isClosedEscalationIn(followUp, range));
  const handled = escalations.length
    ? await db.handled.bulkGet(escalations.map((followUp) => [followUp.platform, followUp.itemId] as [string, string]))
    : [];
  return aggregateStats(rows, range, businessHoursOnly, {
    earlier: rows,
    followUps: followUps.map((row) => ({ ...row, dueAt: dueAtOf(row, due.departments, due.businessHours) })),
    escalationSeconds: closedEscalationSeconds(escalations, handled, range),
  });
}

/**
 * Recomputes every row's business-hours response time with the current settings and rebuilds the
 * roll-ups (business hours are applied when an item is logged; this brings old rows in line).
 */
export async function recomputeStats(db: CareSideDb, hours: BusinessHours | null): Promise<number> {
  return db.transaction('rw', [db.handled, db.seen, db.daily, db.dailySamples], async () => {
    const rows = await db.handled.toArray();
    const updated: HandledRow[] = rows.map((row) => ({ ...row, ...computeResponseTimes(row, hours) }));
    await db.handled.bulkPut(updated);
    await rebuildRollupsInTransaction(db.handled, db.seen, rollupTables(db));
    return updated.length;
  });
}

/** Deletes whole local days older than `retentionDays` from the log, the seen items and the roll-ups. */
export async function applyRetention(
  db: CareSideDb,
  retentionDays: number,
  now: number,
): Promise<{ handled: number; seen: number }> {
  const cutoffDay = addDays(localDay(now), -Math.max(1, Math.floor(retentionDays)));
  const cutoffMs = dayStart(cutoffDay);
  return db.transaction('rw', [db.handled, db.seen, db.daily, db.dailySamples, db.followups], async () => {
    await pruneFollowUps(db, cutoffMs);
    const handled = await db.handled.where('actionAt').below(cutoffMs).delete();
    const seen = await db.seen.where('firstSeenAt').below(cutoffMs).delete();
    await db.daily.where('day').below(cutoffDay).delete();
    await db.dailySamples.where('day').below(cutoffDay).delete();
    return { handled, seen };
  });
}

/** At most one retention pass per interval (start-up, then after writes). */
export function createRetentionScheduler(
  run: (now: number) => Promise<unknown>,
  intervalMs = 60 * 60 * 1000,
): (now?: number) => Promise<void> {
  let lastRun = Number.NEGATIVE_INFINITY;
  return async (now = Date.now()) => {
    if (now - lastRun < intervalMs) return;
    lastRun = now;
    await run(now);
  };
}
