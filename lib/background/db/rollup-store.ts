import type { Table } from 'dexie';
import type { HandledRow, SeenRow } from '@/lib/shared/stats/log-rows';
import { buildRollups } from '@/lib/shared/stats/rollup';
import { putRollups, type RollupTables } from './rollup-tables';

/** Replaces every roll-up with one rebuilt from the raw log. Call inside a rw transaction on these tables. */
export async function rebuildRollupsInTransaction(
  handled: Table<HandledRow, [string, string]>,
  seen: Table<SeenRow, [string, string]>,
  rollups: RollupTables,
): Promise<number> {
  const rows = buildRollups(await handled.toArray(), await seen.toArray());
  await Promise.all([rollups.counts.clear(), rollups.samples.clear()]);
  await putRollups(rollups, rows);
  return rows.length;
}
