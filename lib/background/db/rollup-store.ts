import type { Table } from 'dexie';
import type { DailyRow, HandledRow, SeenRow } from '@/lib/shared/stats/log-rows';
import { buildRollups, emptyDaily, upgradeDaily } from '@/lib/shared/stats/rollup';

/** Replaces every roll-up with one rebuilt from the raw log. Call inside a rw transaction on the three tables. */
export async function rebuildRollupsInTransaction(
  handled: Table<HandledRow, [string, string]>,
  seen: Table<SeenRow, [string, string]>,
  daily: Table<DailyRow, [string, string]>,
): Promise<number> {
  const rollups = buildRollups(await handled.toArray(), await seen.toArray());
  await daily.clear();
  await daily.bulkPut(rollups);
  return rollups.length;
}

/** Reads a day's roll-up, or an empty one. */
export async function getRollup(
  daily: Table<DailyRow, [string, string]>,
  day: string,
  platform: DailyRow['platform'],
): Promise<DailyRow> {
  const stored = await daily.get([day, platform]);
  return stored ? upgradeDaily(stored) : emptyDaily(day, platform);
}
