import type { Classification } from '@/lib/classify/types';
import type { SocialItem } from '@/lib/model/social-item';
import type { ReadState } from './types';

export function readStateOf(item: SocialItem): ReadState {
  if (item.text.trim() !== '') return 'read';
  return item.media ? 'media' : 'unread';
}

/**
 * What an item we could not read carries instead of a classification: nothing guessed (zero confidence, no
 * urgency, no reasons). The panel and the badges show the read state, never this "other".
 */
export function unclassified(): Classification {
  return {
    category: 'other',
    scores: { complaint: 0, praise: 0, question: 0, troll: 0, spam: 0, other: 0 },
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
