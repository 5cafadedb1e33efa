import { createBackupSession } from '@/lib/background/backup-port';
import { getDb } from '@/lib/background/db/database';
import type { BackupReply } from '@/lib/shared/messaging/backup-port';

/** A backup session as the options page drives it over the port; replies are collected in order. */
function session() {
  const replies: BackupReply[] = [];
  const backup = createBackupSession(getDb(), (reply) => replies.push(reply));
  return { replies, receive: (message: unknown) => backup.receive(message) };
}

/** Exports through the port: the parts joined, their sizes, and the row counts. */
export async function exportThroughPort(): Promise<{ json: string; parts: number[]; rows: Record<string, number> }> {
  const { replies, receive } = session();
  await receive({ type: 'export' });
  const parts = replies.flatMap((reply) => (reply.type === 'exportPart' ? [reply.text] : []));
  const done = replies.at(-1);
  if (done?.type !== 'exportDone') throw new Error(`export ended with ${JSON.stringify(done)}`);
  return { json: parts.join(''), parts: parts.map((part) => part.length), rows: done.rows };
}

/** Sends a file's text in parts and returns the preview (or the error), and a commit that writes it. */
export async function importThroughPort(json: string, partChars = 1 << 20) {
  const { replies, receive } = session();
  for (let start = 0; start < json.length; start += partChars) {
    await receive({ type: 'importPart', text: json.slice(start, start + partChars) });
  }
  await receive({ type: 'importEnd' });
  const checked = replies.at(-1)!;
  return {
    checked,
    async commit(mode: 'replace' | 'merge' = 'replace') {
      await receive({ type: 'commit', mode });
      return replies.at(-1)!;
    },
  };
}

/** Imports and replaces, throwing the background's message on a refused file. */
export async function restoreThroughPort(json: string, mode: 'replace' | 'merge' = 'replace') {
  const { checked, commit } = await importThroughPort(json);
  if (checked.type !== 'preview') throw new Error(checked.type === 'error' ? checked.message : checked.type);
  const done = await commit(mode);
  if (done.type !== 'imported') throw new Error(JSON.stringify(done));
  return done.rows;
}

/** Every row of every table, for before/after comparisons. */
export async function dumpDatabase(): Promise<Record<string, unknown[]>> {
  const db = getDb();
  const entries = await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()] as const));
  return Object.fromEntries(entries);
}
