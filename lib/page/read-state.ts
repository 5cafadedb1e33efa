import type { SocialItem } from '@/lib/shared/model/social-item';
import type { ReadState } from '@/lib/shared/model/queue';

export function readStateOf(item: SocialItem): ReadState {
  if (item.text.trim() !== '') return 'read';
  return item.media ? 'media' : 'unread';
}
