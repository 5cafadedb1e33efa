import { DEFAULT_CRITICAL_TOPICS } from './critical-topics';
import { wordBucket } from './features';
import { functionWordHashes } from './function-words';
import { HEAD, OUTPUTS, URGENT_TOPIC_IDS, type Model } from './linear-model';
import { tokenText, WORD, type Tokens } from './tokenize';
import type { CriticalTopic } from './types';
import type { UrgencyResult } from './urgency';

/**
 * Calibrated probability from which the learned head alone flags an item, and below which it vetoes a default
 * phrase match (a solved problem, a joke, a question about a policy). Chosen on the dev sets (ibm-dev and the team's
 * old heldout): 0.5 / 0.02 gave recall 0.53 / 1.00 at precision 0.67 / 0.97 there; 0.35 / 0.05, 0.50 / 0.54 on ibm-dev.
 */
export const URGENT_MIN = 0.5;
export const URGENT_WITH_PHRASE = 0.02;

export interface UrgencyDecision {
  topics: string[];
  /** Matched phrases, or the words that pushed the head when no phrase matched. */
  matched: string[];
  /** True when no phrase matched: the head alone flagged the item, and `matched` holds its words. */
  byModel: boolean;
  score: number;
}

let defaultPhrases: Set<string> | null = null;
function isDefaultPhrase(topic: string, phrase: string): boolean {
  defaultPhrases ??= new Set(DEFAULT_CRITICAL_TOPICS.flatMap((t) => t.phrases.map((p) => `${t.id}\u0000${p}`)));
  return defaultPhrases.has(`${topic}\u0000${phrase}`);
}

/** The two words whose weights pushed urgent topic k most above "not urgent" (quoted in the panel). */
function headWords(t: Tokens, model: Model, k: number): string[] {
  const off = HEAD.urgency.offset;
  const skip = functionWordHashes();
  const scores: [number, string][] = [];
  for (let i = 0; i < t.count; i++) {
    if (t.kind[i] !== WORD || t.end[i] - t.start[i] < 4 || skip.has(t.hash[i])) continue;
    const b = wordBucket(t.hash[i]) * OUTPUTS;
    const w = model.table[b + off + k] * model.scale[off + k] - model.table[b + off] * model.scale[off];
    if (w > 0) scores.push([w, tokenText(t, i)]);
  }
  scores.sort((a, b) => b[0] - a[0]);
  return [...new Set(scores.slice(0, 2).map((s) => s[1]))];
}

/**
 * Urgent topics for one text. The learned head (trained on real and team-written messages, with the default
 * phrase matches among its inputs) decides; the user's own phrases and topics always count.
 */
export function decideUrgency(
  t: Tokens,
  probs: Float64Array,
  phrases: UrgencyResult,
  topics: CriticalTopic[],
  model: Model,
): UrgencyDecision {
  const score = 1 - probs[0];
  const out: UrgencyDecision = { topics: [], matched: [], byModel: false, score };
  for (const hit of phrases.hits) {
    const own = !isDefaultPhrase(hit.topic, hit.phrase);
    if (!own && score < URGENT_WITH_PHRASE) continue;
    if (!out.topics.includes(hit.topic)) out.topics.push(hit.topic);
    if (!out.matched.includes(hit.phrase)) out.matched.push(hit.phrase);
  }
  if (score >= URGENT_MIN) {
    let k = 1;
    for (let j = 2; j < probs.length; j++) if (probs[j] > probs[k]) k = j;
    const id = URGENT_TOPIC_IDS[k - 1];
    if (topics.some((topic) => topic.id === id) && !out.topics.includes(id)) {
      out.topics.push(id);
      if (out.matched.length === 0) {
        out.matched.push(...headWords(t, model, k));
        out.byModel = true;
      }
    }
  }
  return out;
}
