import Dexie from 'dexie';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handlers } from '@/lib/background/handlers';
import { DB_NAME, getDb, resetDbInstance } from '@/lib/background/db/database';
import type { SeenInput } from '@/lib/background/db/log-repository';
import { logSeenItems } from '@/lib/background/seen-log';
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

/** Who sends it: the options page, the panel framed in a site's tab, or a page script on x.com. */
export type From = 'page' | 'panel' | 'content';

const SENDERS: Record<From, { id: string; url: string; tab?: { id: number }; frameId?: number }> = {
  page: { id: fakeBrowser.runtime.id, url: `${EXTENSION_ORIGIN}options.html` },
  panel: { id: fakeBrowser.runtime.id, url: `${EXTENSION_ORIGIN}panel.html`, tab: { id: 7 }, frameId: 4 },
  content: { id: fakeBrowser.runtime.id, url: 'https://x.com/acme', tab: { id: 7 }, frameId: 0 },
};

export function sendRaw(name: string, input: unknown, from: From = 'page') {
  const policy = { ownId: fakeBrowser.runtime.id, extensionOrigin: EXTENSION_ORIGIN };
  return dispatchMessage(handlers, { careside: 1, name, input }, SENDERS[from], policy);
}

/** Sends a request through the router exactly like the background listener does. */
export async function send<N extends MessageName>(
  name: N,
  input: MessageInput<N>,
  from: From = 'page',
): Promise<MessageOutput<N>> {
  const response = await sendRaw(name, input, from);
  if (!response.ok) throw new Error(response.error);
  return response.data as MessageOutput<N>;
}

export const logHandled = (input: LogHandledInput) => send('logHandled', input, 'panel');

/** Items a page script reported over its port, logged as the tab hub logs them (no page script sends a request). */
export const logSeen = async (items: SeenInput[]) => ({ added: await logSeenItems(getDb(), items) });
