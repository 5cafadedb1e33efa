import type { z } from 'zod';

/**
 * One request/response pair of the protocol. `privileged` messages (export, wipe, import...) are only
 * accepted from extension pages, never from content scripts, whose input is untrusted.
 */
export interface MessageDefinition<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  privileged?: boolean;
}

export function defineMessage<I extends z.ZodType, O extends z.ZodType>(
  definition: MessageDefinition<I, O>,
): MessageDefinition<I, O> {
  return definition;
}
