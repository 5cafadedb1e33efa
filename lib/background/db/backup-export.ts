import Dexie, { type Table } from 'dexie';
import { BACKUP_TABLES, type BackupTable } from '@/lib/shared/messaging/backup-port';
import { DB_NAME, type CareSideDb } from './database';
import { withoutTextAt } from './text-index';

/** Rows read per database query while exporting. */
const PAGE_ROWS = 500;

/** Reads a table in primary-key order, a page at a time (no transaction held across the caller's awaits). */
async function* pages(table: Table): AsyncGenerator<unknown[]> {
  const keyPath = table.schema.primKey.keyPath;
  let last: unknown;
  for (;;) {
    const query = last === undefined ? table.orderBy(':id') : table.where(':id').above(last);
    const rows = await query.limit(PAGE_ROWS).toArray();
    if (rows.length === 0) return;
    yield rows;
    if (rows.length < PAGE_ROWS) return;
    const tail = rows[rows.length - 1] as object;
    last = Array.isArray(keyPath)
      ? keyPath.map((path) => Dexie.getByKeyPath(tail, path))
      : Dexie.getByKeyPath(tail, keyPath ?? '');
  }
}

/**
 * The backup as text parts of at most about `maxChars` characters each, in dexie-export-import's JSON
 * format (so older backups and these read the same way). Joined, the parts are the file; the page
 * builds it as a Blob from the parts, so no part travels alone over the 64 MiB message cap.
 */
export async function* exportBackupParts(
  db: CareSideDb,
  maxChars = 4 * 1024 * 1024,
): AsyncGenerator<string, Record<BackupTable, number>> {
  const tables = BACKUP_TABLES.map((name) => db.table(name));
  const counts = {} as Record<BackupTable, number>;
  const header = {
    formatName: 'dexie',
    formatVersion: 1,
    data: { databaseName: DB_NAME, databaseVersion: db.verno, tables: [] as unknown[] },
  };
  for (const table of tables) {
    header.data.tables.push({ name: table.name, schema: '', rowCount: await table.count() });
  }
  // The header without its closing braces, then each table's rows, then the closing.
  let part = JSON.stringify(header).slice(0, -2) + ',"data":[';
  for (const [index, table] of tables.entries()) {
    part += `${index > 0 ? ',' : ''}{"tableName":${JSON.stringify(table.name)},"inbound":true,"rows":[`;
    let count = 0;
    for await (const rows of pages(table)) {
      for (const row of rows) {
        const text = JSON.stringify(withoutTextAt(row as object));
        if (part.length > 0 && part.length + text.length > maxChars) {
          yield part;
          part = '';
        }
        part += (count > 0 ? ',' : '') + text;
        count += 1;
      }
    }
    counts[table.name as BackupTable] = count;
    part += ']}';
  }
  yield part + ']}}';
  return counts;
}
