import type { SocialItem } from '@/lib/model/social-item';
import type { ReadState } from './types';

export function readStateOf(item: SocialItem): ReadState {
  if (item.text.trim() !== '') return 'read';
  return item.media ? 'media' : 'unread';
}
