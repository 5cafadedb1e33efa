import type { z } from 'zod';
import {
  protocol,
  type MessageName,
  type Protocol,
  type RequestEnvelope,
  type ResponseEnvelope,
} from '@/lib/shared/messaging/protocol';

export interface SenderInfo {
  /** The sending page's URL, when the browser tells us. */
  url?: string;
  /** Tab id when the message came from a content script. */
  tabId?: number;
  fromExtensionPage: boolean;
}

/** A handler per message: leaving one out is a compile error. */
export type Handlers = {
  [N in MessageName]: (
    input: z.output<Protocol[N]['input']>,
    sender: SenderInfo,
  ) => Promise<z.input<Protocol[N]['output']>>;
};

interface RawSender {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

function isEnvelope(message: unknown): message is RequestEnvelope {
  return typeof message === 'object' && message !== null && (message as RequestEnvelope).careside === 1;
}

/**
 * Validates and dispatches one request. Input from content scripts is untrusted: it is parsed with the
 * message's zod schema, and privileged messages are refused unless they come from an extension page.
 */
export async function dispatchMessage(
  handlers: Handlers,
  message: RequestEnvelope,
  sender: RawSender,
  ownId: string,
  extensionOrigin: string,
): Promise<ResponseEnvelope> {
  if (sender.id !== ownId) return { ok: false, error: 'Unknown sender.' };
  if (!Object.hasOwn(protocol, message.name)) return { ok: false, error: `Unknown message "${message.name}".` };
  const name = message.name as MessageName;
  const definition = protocol[name];
  // Content scripts report the web page's URL; extension pages (even opened in a tab) report ours.
  const fromExtensionPage = (sender.url ?? '').startsWith(extensionOrigin);
  if (definition.privileged && !fromExtensionPage) {
    return { ok: false, error: `"${name}" is only allowed from CareSide's own pages.` };
  }
  const input = definition.input.safeParse(message.input);
  if (!input.success) return { ok: false, error: `Invalid input for "${name}": ${input.error.message}` };
  try {
    const handler = handlers[name] as (input: unknown, sender: SenderInfo) => Promise<unknown>;
    const data = await handler(input.data, { url: sender.url, tabId: sender.tab?.id, fromExtensionPage });
    return { ok: true, data };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** A runtime.onMessage listener; it answers through sendResponse so it works in every browser. */
export function createMessageListener(handlers: Handlers, ownId: string, extensionOrigin: string) {
  return (message: unknown, sender: RawSender, sendResponse: (response: ResponseEnvelope) => void) => {
    if (!isEnvelope(message)) return undefined;
    void dispatchMessage(handlers, message, sender, ownId, extensionOrigin).then(sendResponse);
    return true;
  };
}
