import type { z } from 'zod';

/**
 * Who may send a message, as the background tells it from what the browser says of the sender (id, tab,
 * frame, URL), never from the message: the page script (a content script on a matched site), the panel
 * (our panel.html, framed in a site's tab), the options page (our options.html). The page script sends no
 * request (it talks over its port to the tab hub), so no message lists it and the router refuses it.
 */
export const SENDER_CONTEXTS = ['page', 'panel', 'options'] as const;
export type SenderContext = (typeof SENDER_CONTEXTS)[number];

/** One request/response pair of the protocol, and the contexts allowed to send it (everyone else is refused). */
export interface MessageDefinition<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  readonly input: I;
  readonly output: O;
  readonly senders: readonly SenderContext[];
}

/** Defines a message: its input and output schemas, and which contexts may send it (no default: say it). */
export function defineMessage<I extends z.ZodType, O extends z.ZodType>(
  buildSchemas: () => { input: I; output: O },
  options: { senders: readonly SenderContext[] },
): MessageDefinition<I, O> {
  return { ...buildSchemas(), senders: options.senders };
}
