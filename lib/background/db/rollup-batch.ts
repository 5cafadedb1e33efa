import type { DailyRow } from '@/lib/shared/stats/log-rows';
import { emptyDaily } from '@/lib/shared/stats/rollup';
import { joinRollup, putRollups, type RollupTables } from './rollup-tables';

/**
 * The roll-ups touched by one write, read once and saved together, so two changes to the same day
 * inside one transaction never overwrite each other.
 */
export class RollupBatch {
  private readonly rows = new Map<string, DailyRow>();

  constructor(private readonly tables: RollupTables) {}

  /** Reads these days in one request, so the writes that follow don't wait for a read each. */
  async prefetch(keys: [day: string, platform: DailyRow['platform']][]): Promise<void> {
    const missing = keys.filter(([day, platform]) => !this.rows.has(`${day}|${platform}`));
    if (missing.length === 0) return;
    const [counts, samples] = await Promise.all([
      this.tables.counts.bulkGet(missing),
      this.tables.samples.bulkGet(missing),
    ]);
    missing.forEach(([day, platform], index) => {
      const stored = counts[index];
      this.rows.set(`${day}|${platform}`, stored ? joinRollup(stored, samples[index]) : emptyDaily(day, platform));
    });
  }

  async get(day: string, platform: DailyRow['platform']): Promise<DailyRow> {
    await this.prefetch([[day, platform]]);
    return this.rows.get(`${day}|${platform}`)!;
  }

  async save(): Promise<void> {
    if (this.rows.size > 0) await putRollups(this.tables, [...this.rows.values()]);
  }
}
