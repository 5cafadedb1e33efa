import { DEFAULT_CRITICAL_TOPICS } from './critical-topics';
import { extractFeatures, type Features } from './features';
import { URGENT_TOPIC_IDS } from './linear-model';
import type { Tokens } from './tokenize';
import { detectUrgency, type UrgencyResult } from './urgency';

const GUARDED_BIT = 1 << 31;

/** Phrase hits of the default critical topics as a bitmask (see extractFeatures). */
export function phraseHitBits(result: UrgencyResult): number {
  let bits = 0;
  for (const id of result.topics) {
    const k = (URGENT_TOPIC_IDS as readonly string[]).indexOf(id);
    if (k >= 0) bits |= 1 << k;
  }
  if (result.guarded.length > 0) bits |= GUARDED_BIT;
  return bits;
}

/**
 * The model's input for tokens: hashed n-grams, cues and the default phrase matches. Training and
 * classify() both go through here, so the two can never disagree on what the model sees.
 */
export function encodeTokens(t: Tokens): { features: Features; defaultUrgency: UrgencyResult } {
  const defaultUrgency = detectUrgency(t, DEFAULT_CRITICAL_TOPICS);
  return { features: extractFeatures(t, phraseHitBits(defaultUrgency)), defaultUrgency };
}
