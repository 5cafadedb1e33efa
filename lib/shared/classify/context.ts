import { DEFAULT_CRITICAL_TOPICS } from './critical-topics';
import type { ClassifyContext, CriticalTopic } from './types';

const defaultTopicsKey = (topics: CriticalTopic[]) => JSON.stringify(topics.map((t) => [t.id, t.phrases]));
let defaultKey: string | null = null;
const sameAsDefaults = new WeakMap<CriticalTopic[], boolean>();
/**
 * The user's topics are a copy of the defaults until edited: then the default phrase matches, which the model
 * needs anyway, answer for them too (checked once per list, not per comment).
 */
export function isDefaultTopicList(topics: CriticalTopic[]): boolean {
  if (topics === DEFAULT_CRITICAL_TOPICS) return true;
  let same = sameAsDefaults.get(topics);
  if (same === undefined) {
    defaultKey ??= defaultTopicsKey(DEFAULT_CRITICAL_TOPICS);
    same = defaultTopicsKey(topics) === defaultKey;
    sameAsDefaults.set(topics, same);
  }
  return same;
}

/** context.mentionsBrand, or the text names one of context.brandNames (case-insensitive). */
export function isAddressedToBrand(text: string, context?: ClassifyContext): boolean {
  if (context?.mentionsBrand) return true;
  const names = context?.brandNames;
  if (!names || names.length === 0) return false;
  const lower = text.toLowerCase();
  return names.some((name) => name.length > 1 && lower.includes(name.toLowerCase()));
}
