import { describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { createBackupSession, isBackupPort } from '@/lib/background/backup-port';
import type { CareSideDb } from '@/lib/background/db/database';
import { BACKUP_PART_CHARS, BACKUP_PORT, MAX_BACKUP_CHARS, type BackupReply } from '@/lib/shared/messaging/backup-port';

const ID = 'careside-id';
const ORIGIN = `chrome-extension://${ID}/`;
const POLICY = { ownId: ID, extensionOrigin: ORIGIN };
const port = (sender: Browser.runtime.MessageSender, name = BACKUP_PORT) => ({ name, sender }) as Browser.runtime.Port;

describe('the backup port accepts only the options page', () => {
  it.each([
    ['the options page', { id: ID, url: `${ORIGIN}options.html#dashboard` }, true],
    ['a content script on x.com', { id: ID, url: 'https://x.com/acme', tab: { id: 3 } }, false],
    ['the panel frame', { id: ID, url: `${ORIGIN}panel.html?platform=x`, tab: { id: 3 } }, false],
    ['another extension', { id: 'other', url: 'chrome-extension://other/options.html' }, false],
    ['a sender with no URL', { id: ID }, false],
    ['another page of ours', { id: ID, url: `${ORIGIN}panel.html` }, false],
    ['options.html on another origin', { id: ID, url: 'chrome-extension://elsewhere/options.html' }, false],
  ] as const)('%s', (_, sender, accepted) => {
    expect(isBackupPort(port(sender as Browser.runtime.MessageSender), POLICY)).toBe(accepted);
  });

  it('by its name too', () => {
    expect(isBackupPort(port({ id: ID, url: `${ORIGIN}options.html` }, 'careside-page'), POLICY)).toBe(false);
  });
});

describe('a file too large to join into one string', () => {
  it('is refused with a clear message past MAX_BACKUP_CHARS, and the session takes nothing more', async () => {
    const replies: BackupReply[] = [];
    // The size check comes before any database access: no database is needed.
    const session = createBackupSession({} as CareSideDb, (reply) => replies.push(reply));
    const part = 'x'.repeat(BACKUP_PART_CHARS);
    const fitting = MAX_BACKUP_CHARS / BACKUP_PART_CHARS;
    for (let index = 0; index < fitting; index += 1) await session.receive({ type: 'importPart', text: part });
    expect(replies).toEqual([]);
    await session.receive({ type: 'importPart', text: 'x' });
    expect(replies).toEqual([
      { type: 'error', code: 'tooLarge', message: 'The file is larger than CareSide can read (256 MiB of text).' },
    ]);
    // The session is over: further parts are dropped, the end and a commit are refused, nothing is parsed.
    await session.receive({ type: 'importPart', text: 'x' });
    await session.receive({ type: 'importEnd' });
    await session.receive({ type: 'commit', mode: 'replace' });
    expect(replies.slice(1)).toEqual([
      { type: 'error', message: expect.stringMatching(/stopped after an error/) },
      { type: 'error', message: expect.stringMatching(/stopped after an error/) },
    ]);
  });

  it('stays far under the longest string V8 makes (2^29 - 24 characters)', () => {
    expect(MAX_BACKUP_CHARS).toBeLessThanOrEqual(2 ** 28);
    expect(MAX_BACKUP_CHARS % BACKUP_PART_CHARS).toBe(0);
  });
});
