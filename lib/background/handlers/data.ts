import { countRows } from '@/lib/background/db/backup';
import { getDb } from '@/lib/background/db/database';
import { applyDataPolicy, loadLogPolicy, maybeApplyRetention } from '@/lib/background/db/log-settings';
import { countStoredTexts } from '@/lib/background/db/text-lifecycle';
import { wipeEverything } from '@/lib/background/wipe';
import type { Handlers } from '@/lib/background/router';
import { handledRowsToCsv } from '@/lib/shared/stats/csv';

export const dataHandlers = {
  getDataSummary: async () => {
    await maybeApplyRetention();
    const { retentionDays, storeText } = await loadLogPolicy();
    const db = getDb();
    return { ...(await countRows(db)), retentionDays, storeText, storedTexts: await countStoredTexts(db) };
  },
  exportLogCsv: async () => {
    // Unthrottled (the hourly pass may be up to an hour old): the file carries no text the settings say is gone.
    await applyDataPolicy();
    const rows = await getDb().handled.orderBy('actionAt').toArray();
    return { csv: handledRowsToCsv(rows), rows: rows.length };
  },
  wipeData: async () => {
    await wipeEverything(getDb());
    return { wiped: true as const };
  },
} satisfies Partial<Handlers>;
