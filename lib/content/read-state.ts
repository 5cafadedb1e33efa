import { emptyClassification } from '@/lib/classify';
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
export const unclassified = emptyClassification;
