import Dexie from 'dexie';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handlers } from '@/lib/background/handlers';
import { DB_NAME, resetDbInstance } from '@/lib/background/db/database';
import { resetRetentionScheduler } from '@/lib/background/db/log-settings';
import type { MessageInput, MessageName, MessageOutput } from '@/lib/shared/messaging/protocol';
import { dispatchMessage } from '@/lib/background/router';
import type { LogHandledInput } from './log-fixtures';

export const EXTENSION_ORIGIN = 'chrome-extension://careside-test/';

/** A fresh fake browser and an empty database. */
export async function resetAll(): Promise<void> {
  fakeBrowser.reset();
  resetRetentionScheduler();
  resetDbInstance();
  await Dexie.delete(DB_NAME);
}

/** Sends a request through the router exactly like the background listener does. */
export async function send<N extends MessageName>(
  name: N,
  input: MessageInput<N>,
  from: 'page' | 'content' = 'page',
): Promise<MessageOutput<N>> {
  const sender =
    from === 'page'
      ? { id: fakeBrowser.runtime.id, url: `${EXTENSION_ORIGIN}options.html` }
      : { id: fakeBrowser.runtime.id, url: 'https://x.com/acme', tab: { id: 7 } };
  const response = await dispatchMessage(
    handlers,
    { careside: 1, name, input },
    sender,
    fakeBrowser.runtime.id,
    EXTENSION_ORIGIN,
  );
  if (!response.ok) throw new Error(response.error);
  return response.data as MessageOutput<N>;
}

export async function sendRaw(name: string, input: unknown, from: 'page' | 'content' = 'page') {
  const sender =
    from === 'page'
      ? { id: fakeBrowser.runtime.id, url: `${EXTENSION_ORIGIN}options.html` }
      : { id: fakeBrowser.runtime.id, url: 'https://x.com/acme', tab: { id: 7 } };
  return dispatchMessage(handlers, { careside: 1, name, input }, sender, fakeBrowser.runtime.id, EXTENSION_ORIGIN);
}

export const logHandled = (input: LogHandledInput) => send('logHandled', input, 'content');
