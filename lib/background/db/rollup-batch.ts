import type { Table } from 'dexie';
import type { DailyRow } from '@/lib/shared/stats/log-rows';
import { emptyDaily, upgradeDaily } from '@/lib/shared/stats/rollup';

/**
 * The roll-ups touched by one write, read once and saved together, so two changes to the same day
 * inside one transaction never overwrite each other.
 */
export class RollupBatch {
  private readonly rows = new Map<string, DailyRow>();

  constructor(private readonly table: Table<DailyRow, [string, string]>) {}

  /** Reads these days in one request, so the writes that follow don't wait for a read each. */
  async prefetch(keys: [day: string, platform: DailyRow['platform']][]): Promise<void> {
    const missing = keys.filter(([day, platform]) => !this.rows.has(`${day}|${platform}`));
    const stored = await this.table.bulkGet(missing);
    missing.forEach(([day, platform], index) => {
      const row = stored[index];
      this.rows.set(`${day}|${platform}`, row ? upgradeDaily(row) : emptyDaily(day, platform));
    });
  }

  async get(day: string, platform: DailyRow['platform']): Promise<DailyRow> {
    const key = `${day}|${platform}`;
    let row = this.rows.get(key);
    if (!row) {
      const stored = await this.table.get([day, platform]);
      row = stored ? upgradeDaily(stored) : emptyDaily(day, platform);
      this.rows.set(key, row);
    }
    return row;
  }

  async save(): Promise<void> {
    if (this.rows.size > 0) await this.table.bulkPut([...this.rows.values()]);
  }
}
