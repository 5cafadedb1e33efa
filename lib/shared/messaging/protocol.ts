import type { z } from 'zod';
import type { MessageDefinition } from './define';
import { systemMessages } from './messages/system';
import { logMessages } from './messages/log';
import { dataMessages } from './messages/data';
import { templatesMessages } from './messages/templates';
import { followUpsMessages } from './messages/followups';
import { practiceMessages } from './messages/practice';

/** The whole protocol: every message any page may send to the background, one file per domain. */
export const protocol = {
  ...systemMessages,
  ...logMessages,
  ...dataMessages,
  ...templatesMessages,
  ...followUpsMessages,
  ...practiceMessages,
} satisfies Record<string, MessageDefinition>;

export type Protocol = typeof protocol;
export type MessageName = keyof Protocol;
export type MessageInput<N extends MessageName> = z.input<Protocol[N]['input']>;
export type MessageOutput<N extends MessageName> = z.output<Protocol[N]['output']>;

/** The envelope on the wire. `careside` tells our messages apart from anything else on runtime messaging. */
export interface RequestEnvelope {
  careside: 1;
  name: string;
  input: unknown;
}
export type ResponseEnvelope = { ok: true; data: unknown } | { ok: false; error: string };
