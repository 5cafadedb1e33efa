import type { z } from 'zod';

/**
 * One request/response pair of the protocol. `privileged` messages (export, wipe, import...) are only
 * accepted from extension pages, never from content scripts, whose input is untrusted.
 */
export interface MessageDefinition<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  readonly input: I;
  readonly output: O;
  readonly privileged?: boolean;
}

/** Defines a message: its input and output schemas, and whether only extension pages may send it. */
export function defineMessage<I extends z.ZodType, O extends z.ZodType>(
  buildSchemas: () => { input: I; output: O },
  options: { privileged?: boolean } = {},
): MessageDefinition<I, O> {
  return { ...buildSchemas(), privileged: options.privileged };
}
