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

/**
 * Defines a message whose schemas are built the first time they are used. Every page loads the whole
 * protocol but sends a handful of its messages, and building all of its Zod schemas took ~10 ms of the
 * host page's main thread on every page load of a content script.
 */
export function defineMessage<I extends z.ZodType, O extends z.ZodType>(
  buildSchemas: () => { input: I; output: O },
  options: { privileged?: boolean } = {},
): MessageDefinition<I, O> {
  let schemas: { input: I; output: O } | undefined;
  const built = () => (schemas ??= buildSchemas());
  return {
    get input() {
      return built().input;
    },
    get output() {
      return built().output;
    },
    privileged: options.privileged,
  };
}
