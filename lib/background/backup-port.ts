import type { Browser } from 'wxt/browser';
import { BackupError, parseBackup, restoreBackup, type BackupContents } from '@/lib/background/db/backup';
import { exportBackupParts } from '@/lib/background/db/backup-export';
import { previewBackup } from '@/lib/background/db/backup-preview';
import type { CareSideDb } from '@/lib/background/db/database';
import { applyDataPolicy } from '@/lib/background/db/log-settings';
import {
  BACKUP_PORT,
  MAX_BACKUP_CHARS,
  backupRequestSchema,
  type BackupReply,
  type BackupRequest,
} from '@/lib/shared/messaging/backup-port';
import { bumpDataRevision } from '@/lib/shared/revision';
import { senderContext, type SenderPolicy } from './sender-context';

type Port = Browser.runtime.Port;

/** Only the options page, told by the same sender check as requests and the tab hub's ports. */
export function isBackupPort(port: Port, policy: SenderPolicy): boolean {
  return port.name === BACKUP_PORT && senderContext(port.sender, policy) === 'options';
}

/**
 * One backup session per connection: an export, or an import that collects the file's parts, validates
 * and previews them, and writes only on `commit`. A bad file or a closed page leaves the database as it was.
 */
export function createBackupSession(db: CareSideDb, reply: (message: BackupReply) => void) {
  let parts: string[] = [];
  let size = 0;
  let staged: BackupContents | null = null;
  /** After an error the session is over: it refuses every further request (the page opens a new one). */
  let ended = false;
  let busy = Promise.resolve();

  const fail = (error: unknown) => {
    parts = [];
    size = 0;
    staged = null;
    ended = true;
    const message = error instanceof BackupError ? error.message : `The backup failed: ${String(error)}`;
    const code = error instanceof BackupError ? error.code : undefined;
    reply(code ? { type: 'error', message, code } : { type: 'error', message });
  };

  /** A request after an error: parts are dropped unanswered, anything else is told the session is over. */
  const refuse = (request: BackupRequest) => {
    if (request.type === 'importPart') return;
    reply({ type: 'error', message: 'Nothing to import: the backup stopped after an error; choose the file again.' });
  };

  const handle = async (request: BackupRequest): Promise<void> => {
    switch (request.type) {
      case 'export': {
        // Unthrottled: a backup never carries a text the settings say is gone (off, or past its retention).
        await applyDataPolicy();
        const stream = exportBackupParts(db);
        for (;;) {
          const next = await stream.next();
          if (next.done) {
            reply({ type: 'exportDone', rows: next.value });
            return;
          }
          reply({ type: 'exportPart', text: next.value });
        }
      }
      case 'importPart':
        size += request.text.length;
        if (size > MAX_BACKUP_CHARS) {
          throw new BackupError(
            `The file is larger than CareSide can read (${MAX_BACKUP_CHARS / 1024 / 1024} MiB of text).`,
            'tooLarge',
          );
        }
        parts.push(request.text);
        return;
      case 'importEnd': {
        const json = parts.join('');
        parts = [];
        await db.open();
        staged = parseBackup(json, db.verno);
        reply({ type: 'preview', preview: await previewBackup(db, staged) });
        return;
      }
      case 'commit': {
        if (!staged) throw new BackupError('Nothing to import: send the file first.');
        const rows = await restoreBackup(db, staged, request.mode);
        staged = null;
        // The file's texts follow this install's rules: none when "store comment text" is off, none past retention.
        await applyDataPolicy();
        await bumpDataRevision();
        reply({ type: 'imported', rows, mode: request.mode });
        return;
      }
    }
  };

  return {
    /** Requests are handled one at a time, in order; an error (a malformed request, a bad file) ends the session. */
    receive(message: unknown): Promise<void> {
      const parsed = backupRequestSchema.safeParse(message);
      busy = busy
        .then(() => {
          if (!parsed.success) return ended ? undefined : fail(new BackupError('Malformed request.'));
          return ended ? refuse(parsed.data) : handle(parsed.data);
        })
        .catch(fail);
      return busy;
    },
  };
}

/** For runtime.onConnect: serves the options page's backup port, ignores every other port. */
export function connectBackupPort(db: () => CareSideDb, port: Port, policy: SenderPolicy): boolean {
  if (!isBackupPort(port, policy)) return false;
  let open = true;
  port.onDisconnect.addListener(() => (open = false));
  const session = createBackupSession(db(), (message) => {
    if (open) port.postMessage(message);
  });
  port.onMessage.addListener((message: unknown) => void session.receive(message));
  return true;
}
