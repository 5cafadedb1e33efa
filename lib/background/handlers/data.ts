import { countRows, exportBackup, parseBackup, restoreBackup, wipeDatabase } from '@/lib/background/db/backup';
import { getDb } from '@/lib/background/db/database';
import { loadLogPolicy } from '@/lib/background/db/log-settings';
import type { Handlers } from '@/lib/background/router';
import { bumpDataRevision } from '@/lib/shared/revision';
import { handledRowsToCsv } from '@/lib/shared/stats/csv';

export const dataHandlers = {
  getDataSummary: async () => {
    const { retentionDays, storeText } = await loadLogPolicy();
    return { ...(await countRows(getDb())), retentionDays, storeText };
  },
  exportData: async () => {
    const db = getDb();
    return { json: await exportBackup(db), rows: await countRows(db) };
  },
  exportLogCsv: async () => {
    const rows = await getDb().handled.orderBy('actionAt').toArray();
    return { csv: handledRowsToCsv(rows), rows: rows.length };
  },
  importData: async ({ json }) => {
    // Validation throws before the transaction starts: a bad file changes nothing.
    const counts = await restoreBackup(getDb(), parseBackup(json));
    await bumpDataRevision();
    return counts;
  },
  wipeData: async () => {
    await wipeDatabase(getDb());
    await bumpDataRevision();
    return { wiped: true as const };
  },
} satisfies Partial<Handlers>;
