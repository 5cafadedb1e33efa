import type { Table } from 'dexie';
import { DAILY_SAMPLE_FIELDS, type DailyCounts, type DailyRow, type DailySamples } from '@/lib/shared/stats/log-rows';
import { upgradeDaily } from '@/lib/shared/stats/rollup';

/**
 * A day's roll-up is stored in two rows with the same key: its counters (`daily`, read often) and its
 * samples (`dailySamples`, read by the dashboard's stats only). In memory it is one DailyRow.
 */
export interface RollupTables {
  counts: Table<DailyCounts, [string, string]>;
  samples: Table<DailySamples, [string, string]>;
}

export const rollupTables = (db: { daily: RollupTables['counts']; dailySamples: RollupTables['samples'] }) => ({
  counts: db.daily,
  samples: db.dailySamples,
});

const keyOf = (row: { day: string; platform: string }) => `${row.day}|${row.platform}`;

export function splitRollup(row: DailyRow): { counts: DailyCounts; samples: DailySamples } {
  const counts: Record<string, unknown> = { ...row };
  const samples: Record<string, unknown> = { day: row.day, platform: row.platform };
  for (const field of DAILY_SAMPLE_FIELDS) {
    // A legacy row may lack a field: leave it out, so reading it back fills the empty default.
    if (row[field] !== undefined) samples[field] = row[field];
    delete counts[field];
  }
  return { counts: counts as DailyCounts, samples: samples as DailySamples };
}

/** One roll-up from its two rows (missing samples read as empty; the counters' revision is kept). */
export function joinRollup(counts: DailyCounts, samples: DailySamples | undefined): DailyRow {
  return upgradeDaily({ ...counts, ...samples } as DailyRow);
}

export async function putRollups(tables: RollupTables, rows: DailyRow[]): Promise<void> {
  const parts = rows.map(splitRollup);
  await Promise.all([
    tables.counts.bulkPut(parts.map((part) => part.counts)),
    tables.samples.bulkPut(parts.map((part) => part.samples)),
  ]);
}

/** Whole roll-ups of every day up to `lastDay` (inclusive), both rows of each read at once. */
export async function readRollupsUpTo(tables: RollupTables, lastDay: string): Promise<DailyRow[]> {
  const [counts, samples] = await Promise.all([
    tables.counts.where('day').belowOrEqual(lastDay).toArray(),
    tables.samples.where('day').belowOrEqual(lastDay).toArray(),
  ]);
  const samplesByKey = new Map(samples.map((row) => [keyOf(row), row]));
  return counts.map((row) => joinRollup(row, samplesByKey.get(keyOf(row))));
}

/** Schema v7: moves the samples out of roll-ups written whole by earlier versions. */
export async function moveSamplesOut(tables: RollupTables): Promise<void> {
  const whole = (await tables.counts.toArray()) as DailyRow[];
  await putRollups(tables, whole);
}
