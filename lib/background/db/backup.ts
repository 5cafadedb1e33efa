import { z } from 'zod';
import { followUpRowSchema } from '@/lib/shared/followups/schema';
import { BACKUP_TABLES, type ImportMode } from '@/lib/shared/messaging/backup-port';
import { handledRowSchema, seenRowSchema } from '@/lib/shared/stats/log-rows';
import { templateSchema } from '@/lib/shared/templates/schema';
import { DB_NAME, type CareSideDb } from './database';
import { rebuildRollupsInTransaction } from './rollup-store';
import { rollupTables } from './rollup-tables';
import { checkRowDates, BackupError, type BackupTable } from './backup-rules';

export { BackupError } from './backup-rules';

/**
 * Not in backups: roll-ups are derived (rebuilt on import), and practice answers have their own export (the
 * mentor's report). A file that has them (an older backup) is read without them.
 */
export const TABLES_NOT_IN_BACKUP = ['daily', 'dailySamples', 'practice'];
/** A library is tens of templates; a file with more than this was not made by CareSide. */
export const MAX_BACKUP_TEMPLATES = 5000;

const backupSchema = z.object({
  formatName: z.literal('dexie'),
  formatVersion: z.number(),
  data: z.object({
    databaseName: z.string(),
    databaseVersion: z.number().int().min(1),
    data: z.array(z.object({ tableName: z.string(), rows: z.array(z.unknown()) })),
  }),
});

const rowSchemas = {
  handled: z.array(handledRowSchema),
  seen: z.array(seenRowSchema),
  followups: z.array(followUpRowSchema),
  templates: z.array(templateSchema).max(MAX_BACKUP_TEMPLATES),
};

export type BackupContents = { [T in BackupTable]: z.output<(typeof rowSchemas)[T]> };

function parseJson(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    throw new BackupError('The file is not complete JSON: it may be cut short or not be a backup.');
  }
}

/** Parses and validates a backup completely before anything is written. Throws BackupError. */
export function parseBackup(json: string, dbVersion: number): BackupContents {
  const parsed = backupSchema.safeParse(parseJson(json));
  if (!parsed.success) throw new BackupError('The file is not a CareSide backup.');
  const { formatVersion, data } = parsed.data;
  if (formatVersion !== 1) throw new BackupError(`Backup format version ${formatVersion} is not one CareSide reads.`);
  if (data.databaseName !== DB_NAME) throw new BackupError('The file is a backup of another database.');
  if (data.databaseVersion > dbVersion) {
    throw new BackupError(`The backup comes from a newer CareSide (database version ${data.databaseVersion}).`);
  }
  const contents: BackupContents = { handled: [], seen: [], followups: [], templates: [] };
  for (const table of data.data) {
    if (TABLES_NOT_IN_BACKUP.includes(table.tableName)) continue;
    if (!Object.hasOwn(rowSchemas, table.tableName)) {
      throw new BackupError(`Unknown table "${table.tableName}" in the backup.`);
    }
    const name = table.tableName as BackupTable;
    if (name === 'templates' && table.rows.length > MAX_BACKUP_TEMPLATES) {
      throw new BackupError(
        `The backup has ${table.rows.length} templates; CareSide keeps at most ${MAX_BACKUP_TEMPLATES}.`,
      );
    }
    const rows = rowSchemas[name].safeParse(table.rows);
    if (!rows.success) {
      const issue = rows.error.issues[0];
      throw new BackupError(`Invalid row in "${name}" at ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? ''}`);
    }
    rows.data.forEach((row, index) => checkRowDates(name, row, index));
    (contents as Record<string, unknown[]>)[name] = rows.data;
  }
  return contents;
}

/**
 * Writes a validated backup in one transaction, all or nothing: 'replace' empties the tables first,
 * 'merge' keeps what is stored and lets the backup's row win where both have the same key.
 */
export async function restoreBackup(
  db: CareSideDb,
  contents: BackupContents,
  mode: ImportMode = 'replace',
): Promise<Record<BackupTable, number>> {
  await db.transaction('rw', [db.handled, db.seen, db.followups, db.templates, db.daily, db.dailySamples], async () => {
    if (mode === 'replace') {
      await Promise.all([db.handled.clear(), db.seen.clear(), db.followups.clear(), db.templates.clear()]);
    }
    await db.handled.bulkPut(contents.handled);
    await db.seen.bulkPut(contents.seen);
    await db.followups.bulkPut(contents.followups);
    await db.templates.bulkPut(contents.templates);
    await rebuildRollupsInTransaction(db.handled, db.seen, rollupTables(db));
  });
  return Object.fromEntries(BACKUP_TABLES.map((table) => [table, contents[table].length])) as Record<
    BackupTable,
    number
  >;
}

/** Deletes every row of every table (the user confirmed in the dashboard). */
export async function wipeDatabase(db: CareSideDb): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
  });
}

/**
 * Row counts for the data section. Summed from the roll-ups' counters, which mirror the log row for row:
 * IndexedDB's count() walks the whole store in Chromium (~750 ms at 100k rows).
 */
export async function countRows(db: CareSideDb): Promise<{ handled: number; seen: number; templates: number }> {
  let handled = 0;
  let seen = 0;
  await db.daily.each((row) => {
    handled += row.handled;
    seen += row.seen;
  });
  return { handled, seen, templates: await db.templates.count() };
}
