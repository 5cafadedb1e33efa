import { hashString } from './hash';
import { compilePhrases, matchPhrases, type PhraseIndex, type PhraseMatch } from './phrase-matcher';
import type { Tokens } from './tokenize';
import type { CriticalTopic } from './types';

export interface UrgencyResult {
  topics: string[];
  matched: string[];
  /** Matches dropped by a guard (negated or hypothetical), for reasons. */
  guarded: string[];
  /** Each accepted match with its topic. */
  hits: { topic: string; phrase: string }[];
}

const compiledCache = new WeakMap<CriticalTopic[], PhraseIndex>();
let guardWords: { negation: Set<number>; hypothetical: Set<number> } | null = null;

function guards() {
  if (guardWords) return guardWords;
  const set = (words: string) => new Set(words.split(' ').map(hashString));
  guardWords = {
    negation: set(
      'non no nessun nessuna nessuno mai not no never without senza nobody didn isn wasn haven hasn don doesn',
    ),
    hypothetical: set('se if caso evitare evitarlo avoid prevent whether qualora eventuale eventualmente'),
  };
  return guardWords;
}

/** Threats are conditional by nature ("if you don't refund me I'll sue"), so "if" must not hide them. */
const CONDITIONAL_TOPICS = new Set(['legal_threat', 'going_public']);

function indexFor(topics: CriticalTopic[]): PhraseIndex {
  let index = compiledCache.get(topics);
  if (!index) {
    index = compilePhrases(topics.map((t) => t.phrases));
    compiledCache.set(topics, index);
  }
  return index;
}

function guardedBy(t: Tokens, m: PhraseMatch, topicId: string): boolean {
  const g = guards();
  if (g.negation.has(t.hash[m.at])) return false;
  for (let k = m.at - 1; k >= 0 && k >= m.at - 3; k--) if (g.negation.has(t.hash[k])) return true;
  if (CONDITIONAL_TOPICS.has(topicId)) return false;
  for (let k = m.at - 1; k >= 0 && k >= m.at - 6; k--) if (g.hypothetical.has(t.hash[k])) return true;
  return false;
}

/** Critical topics whose phrases are in the text, with a guard against negation ("non sono stato hackerato") and hypotheticals. */
export function detectUrgency(t: Tokens, topics: CriticalTopic[]): UrgencyResult {
  const result: UrgencyResult = { topics: [], matched: [], guarded: [], hits: [] };
  if (topics.length === 0 || t.count === 0) return result;
  const matches = matchPhrases(t, indexFor(topics), []);
  for (const m of matches) {
    const topic = topics[m.group];
    if (!topic) continue;
    if (guardedBy(t, m, topic.id)) {
      result.guarded.push(m.phrase);
      continue;
    }
    result.hits.push({ topic: topic.id, phrase: m.phrase });
    if (!result.topics.includes(topic.id)) result.topics.push(topic.id);
    if (!result.matched.includes(m.phrase)) result.matched.push(m.phrase);
  }
  return result;
}
