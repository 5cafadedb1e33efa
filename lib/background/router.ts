import type { z } from 'zod';
import type { SenderContext } from '@/lib/shared/messaging/define';
import {
  protocol,
  type MessageName,
  type Protocol,
  type RequestEnvelope,
  type ResponseEnvelope,
} from '@/lib/shared/messaging/protocol';
import { describeSender, senderContext, type RawSender, type SenderPolicy } from './sender-context';

export interface SenderInfo {
  /** Which context sent it, from the browser's account of the sender. */
  context: SenderContext;
  /** Tab id when the message came from a tab (a page script, or the panel framed in it). */
  tabId?: number;
}

/** A handler per message: leaving one out is a compile error. */
export type Handlers = {
  [N in MessageName]: (
    input: z.output<Protocol[N]['input']>,
    sender: SenderInfo,
  ) => Promise<z.input<Protocol[N]['output']>>;
};

function isEnvelope(message: unknown): message is RequestEnvelope {
  return typeof message === 'object' && message !== null && (message as RequestEnvelope).careside === 1;
}

/**
 * Validates and dispatches one request. A message is refused (and the refusal logged) unless the context that
 * sent it is one the message declares; its input is then parsed with the message's zod schema.
 */
export async function dispatchMessage(
  handlers: Handlers,
  message: RequestEnvelope,
  sender: RawSender,
  policy: SenderPolicy,
): Promise<ResponseEnvelope> {
  if (sender.id !== policy.ownId) return { ok: false, error: 'Unknown sender.' };
  if (!Object.hasOwn(protocol, message.name)) return { ok: false, error: `Unknown message "${message.name}".` };
  const name = message.name as MessageName;
  const definition = protocol[name];
  const context = senderContext(sender, policy);
  if (!context || !definition.senders.includes(context)) {
    console.warn(`CareSide: refused "${name}" from ${describeSender(sender, context)}`);
    return { ok: false, error: `"${name}" is not allowed from ${context ?? 'this sender'}.` };
  }
  const input = definition.input.safeParse(message.input);
  if (!input.success) return { ok: false, error: `Invalid input for "${name}": ${input.error.message}` };
  try {
    const handler = handlers[name] as (input: unknown, sender: SenderInfo) => Promise<unknown>;
    const data = await handler(input.data, { context, tabId: sender.tab?.id });
    return { ok: true, data };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** A runtime.onMessage listener; it answers through sendResponse so it works in every browser. */
export function createMessageListener(handlers: Handlers, policy: SenderPolicy) {
  return (message: unknown, sender: RawSender, sendResponse: (response: ResponseEnvelope) => void) => {
    if (!isEnvelope(message)) return undefined;
    void dispatchMessage(handlers, message, sender, policy).then(sendResponse);
    return true;
  };
}
