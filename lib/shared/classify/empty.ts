import type { Classification } from './types';

/** A result that claims nothing: zero confidence, no urgency, no reasons (empty text, no weights, a failure). */
export function emptyClassification(): Classification {
  const scores = { complaint: 0, praise: 0, question: 0, troll: 0, spam: 0, other: 1 };
  return {
    category: 'other',
    scores,
    confidence: 0,
    sentiment: 0,
    sentimentLabel: 'neutral',
    sarcasm: false,
    urgent: { flag: false, topics: [], matched: [], score: 0 },
    troll: false,
    language: 'other',
    topics: [],
    reasons: [],
  };
}
