import { browser } from 'wxt/browser';
import {
  BACKUP_PART_CHARS,
  BACKUP_PORT,
  backupReplySchema,
  type BackupErrorCode,
  type BackupPreviewData,
  type BackupReply,
  type BackupRequest,
} from '@/lib/shared/messaging/backup-port';

type Counts = { handled: number; seen: number; templates: number };

/** The background refused the backup; `code` is set when the page words the reason itself. */
export class BackupRefused extends Error {
  constructor(
    message: string,
    readonly code?: BackupErrorCode,
  ) {
    super(message);
  }
}

function refused(reply: BackupReply): BackupRefused {
  return reply.type === 'error'
    ? new BackupRefused(reply.message, reply.code)
    : new BackupRefused(`Unexpected ${reply.type}`);
}

/** A backup connection: requests out, one reply at a time in (awaited by the caller). */
function openBackupPort() {
  const port = browser.runtime.connect({ name: BACKUP_PORT });
  const queue: BackupReply[] = [];
  let waiting: ((reply: BackupReply) => void) | null = null;
  const deliver = (reply: BackupReply) => {
    if (waiting) {
      const resolve = waiting;
      waiting = null;
      resolve(reply);
    } else queue.push(reply);
  };
  port.onMessage.addListener((message: unknown) => {
    const parsed = backupReplySchema.safeParse(message);
    deliver(parsed.success ? parsed.data : { type: 'error', message: 'Unexpected answer from the background.' });
  });
  port.onDisconnect.addListener(() =>
    deliver({ type: 'error', message: 'The CareSide background closed the connection.' }),
  );
  return {
    send: (request: BackupRequest) => port.postMessage(request),
    next: () =>
      new Promise<BackupReply>((resolve) => (queue.length > 0 ? resolve(queue.shift()!) : (waiting = resolve))),
    close: () => port.disconnect(),
  };
}

/** The whole backup as a Blob built from the background's parts: no single message carries it. */
export async function exportBackupFile(): Promise<{ blob: Blob; rows: Counts }> {
  const port = openBackupPort();
  const parts: string[] = [];
  try {
    port.send({ type: 'export' });
    for (;;) {
      const reply = await port.next();
      if (reply.type === 'exportPart') parts.push(reply.text);
      else if (reply.type === 'exportDone')
        return { blob: new Blob(parts, { type: 'application/json' }), rows: reply.rows };
      else throw refused(reply);
    }
  } finally {
    port.close();
  }
}

export interface PendingImport {
  preview: BackupPreviewData;
  /** Writes the checked file ('replace' or 'merge'); resolves with the rows written. */
  commit(mode: 'replace' | 'merge'): Promise<Counts>;
  /** Drops the checked file; nothing was written. */
  cancel(): void;
}

/** Where the next part ends: never between the two halves of a surrogate pair (an emoji). */
function partEnd(buffer: string): number {
  if (buffer.length <= BACKUP_PART_CHARS) return buffer.length;
  const code = buffer.charCodeAt(BACKUP_PART_CHARS - 1);
  return code >= 0xd800 && code <= 0xdbff ? BACKUP_PART_CHARS - 1 : BACKUP_PART_CHARS;
}

/**
 * Streams a file's text to the background in parts (decoded as it is read, so no part splits a character),
 * and resolves with the background's preview. Throws with the background's message when the file is refused.
 */
export async function checkBackupFile(file: Blob): Promise<PendingImport> {
  const port = openBackupPort();
  try {
    const reader = file.stream().pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (value) buffer += value;
      while (buffer.length >= BACKUP_PART_CHARS || (done && buffer.length > 0)) {
        const cut = partEnd(buffer);
        port.send({ type: 'importPart', text: buffer.slice(0, cut) });
        buffer = buffer.slice(cut);
      }
      if (done) break;
    }
    port.send({ type: 'importEnd' });
    const reply = await port.next();
    if (reply.type !== 'preview') throw refused(reply);
    return {
      preview: reply.preview,
      async commit(mode) {
        port.send({ type: 'commit', mode });
        const done = await port.next();
        port.close();
        if (done.type !== 'imported') throw refused(done);
        return done.rows;
      },
      cancel: () => port.close(),
    };
  } catch (error) {
    port.close();
    throw error;
  }
}
