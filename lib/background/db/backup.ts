import { z } from 'zod';
import { handledRowSchema, seenRowSchema } from '@/lib/shared/stats/log-rows';
import { templateSchema } from '@/lib/shared/templates/schema';
import { DB_NAME, type CareSideDb } from './database';
import { rebuildRollupsInTransaction } from './rollup-store';

/** Roll-ups are derived data: never exported, rebuilt on import. Follow-ups are working state, not backed up. */
const DERIVED_TABLES = ['daily', 'followups'];
/** Practice answers have their own export (the mentor's report), so a backup leaves them out. */
const NOT_BACKED_UP = ['practice'];

/** A full backup in dexie-export-import's JSON format (the roll-ups are left out). */
export async function exportBackup(db: CareSideDb): Promise<string> {
  // Loaded on demand: the worker only needs it when the user exports.
  const { exportDB } = await import('dexie-export-import');
  const blob = await exportDB(db, { skipTables: [...DERIVED_TABLES, ...NOT_BACKED_UP] });
  return blob.text();
}

const backupSchema = z.object({
  formatName: z.literal('dexie'),
  formatVersion: z.literal(1),
  data: z.object({
    databaseName: z.literal(DB_NAME),
    databaseVersion: z.number().int().min(1),
    data: z.array(z.object({ tableName: z.string(), rows: z.array(z.unknown()) })),
  }),
});

const rowSchemas = {
  handled: z.array(handledRowSchema),
  seen: z.array(seenRowSchema),
  templates: z.array(templateSchema),
};

export type BackupContents = { [T in keyof typeof rowSchemas]: z.output<(typeof rowSchemas)[T]> };

export class BackupError extends Error {
  override name = 'BackupError';
}

/** Parses and validates a backup completely before anything is written. Throws BackupError. */
export function parseBackup(json: string): BackupContents {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new BackupError('The file is not valid JSON.');
  }
  const parsed = backupSchema.safeParse(raw);
  if (!parsed.success) throw new BackupError('The file is not a CareSide backup.');
  const contents: BackupContents = { handled: [], seen: [], templates: [] };
  for (const table of parsed.data.data.data) {
    if (DERIVED_TABLES.includes(table.tableName)) continue;
    if (!Object.hasOwn(rowSchemas, table.tableName)) {
      throw new BackupError(`Unknown table "${table.tableName}" in the backup.`);
    }
    const name = table.tableName as keyof typeof rowSchemas;
    const rows = rowSchemas[name].safeParse(table.rows);
    if (!rows.success) {
      const issue = rows.error.issues[0];
      throw new BackupError(`Invalid row in "${name}" at ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? ''}`);
    }
    (contents as Record<string, unknown[]>)[name] = rows.data;
  }
  return contents;
}

/** Replaces the whole database with a validated backup, in one transaction: all or nothing. */
export async function restoreBackup(
  db: CareSideDb,
  contents: BackupContents,
): Promise<Record<keyof BackupContents, number>> {
  await db.transaction('rw', [db.handled, db.seen, db.templates, db.daily], async () => {
    await Promise.all([db.handled.clear(), db.seen.clear(), db.templates.clear()]);
    await db.handled.bulkPut(contents.handled);
    await db.seen.bulkPut(contents.seen);
    await db.templates.bulkPut(contents.templates);
    await rebuildRollupsInTransaction(db.handled, db.seen, db.daily);
  });
  return { handled: contents.handled.length, seen: contents.seen.length, templates: contents.templates.length };
}

/** Deletes every row of every table (the user confirmed in the dashboard). */
export async function wipeDatabase(db: CareSideDb): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
  });
}

/**
 * Row counts for the data section. Summed from the roll-ups, which mirror the log row for row:
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
