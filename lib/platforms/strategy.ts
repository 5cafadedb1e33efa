/**
 * Reading a field by named strategies: each platform keeps, per field, an ordered list from the most semantic
 * (test ids, roles, permalinks) to the structural, each with the month its markup was last seen on the live
 * site. The first strategy that yields a value wins; which one did is traced for tests and `npm run read`.
 */

/** The fields every item is read by (issue #16): the same names on both platforms. */
export type ReadField = 'item' | 'id' | 'parentId' | 'author' | 'handle' | 'text' | 'time' | 'media' | 'replyBox';

export interface Strategy<Context, Value> {
  /** Short and unique within its field, e.g. "tweetText test id". */
  readonly name: string;
  /**
   * YYYY-MM: when this markup was last seen on the live site (a real page or a user's snapshot); 'unseen' for
   * a guess kept for a likely change (an editor the other site already uses).
   */
  readonly lastSeen: string;
  read(context: Context): Value | null | undefined;
}

export type FieldStrategies<Context, Value> = readonly Strategy<Context, Value>[];

/** A strategy that is one CSS selector: the first match under the context element. */
export function selectorStrategy(
  name: string,
  lastSeen: string,
  selector: string,
): Strategy<ParentNode, Element> & {
  selector: string;
} {
  return { name, lastSeen, selector, read: (root) => root.querySelector(selector) };
}

let trace: Partial<Record<ReadField, string>> | null = null;

/** The first strategy's value that is not null/undefined/empty; records which strategy gave it while tracing. */
export function readField<Context, Value>(
  field: ReadField,
  strategies: FieldStrategies<Context, Value>,
  context: Context,
): Value | null {
  for (const strategy of strategies) {
    const value = strategy.read(context);
    if (value === null || value === undefined || (value as unknown) === '') continue;
    if (trace) trace[field] = strategy.name;
    return value;
  }
  return null;
}

/**
 * Notes a field read without readField (the item container, matched by a union of selectors). `name` runs only
 * while tracing: reading a page never pays for it.
 */
export function noteStrategy(field: ReadField, name: () => string | undefined): void {
  if (!trace) return;
  const found = name();
  if (found) trace[field] = found;
}

/** Runs fn while recording which strategy read each field: what tests and `npm run read` report as `via`. */
export function withTrace<T>(fn: () => T): { result: T; via: Partial<Record<ReadField, string>> } {
  const previous = trace;
  trace = {};
  try {
    const result = fn();
    return { result, via: trace };
  } finally {
    trace = previous;
  }
}
