import { describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { isBackupPort } from '@/lib/background/backup-port';
import { BACKUP_PORT } from '@/lib/shared/messaging/backup-port';

const ID = 'careside-id';
const ORIGIN = `chrome-extension://${ID}/`;
const port = (sender: Browser.runtime.MessageSender, name = BACKUP_PORT) => ({ name, sender }) as Browser.runtime.Port;

describe('the backup port accepts only the options page', () => {
  it.each([
    ['the options page', { id: ID, url: `${ORIGIN}options.html#dashboard` }, true],
    ['a content script on x.com', { id: ID, url: 'https://x.com/acme', tab: { id: 3 } }, false],
    ['the panel frame', { id: ID, url: `${ORIGIN}panel.html?platform=x`, tab: { id: 3 } }, false],
    ['another extension', { id: 'other', url: 'chrome-extension://other/options.html' }, false],
    ['a sender with no URL', { id: ID }, false],
  ] as const)('%s', (_, sender, accepted) => {
    expect(isBackupPort(port(sender as Browser.runtime.MessageSender), ID, ORIGIN)).toBe(accepted);
  });

  it('by its name too', () => {
    expect(isBackupPort(port({ id: ID, url: `${ORIGIN}options.html` }, 'careside-page'), ID, ORIGIN)).toBe(false);
  });
});
