/** Items for unit tests: one factory for a read item and for what the page sends of it. */
import type { PageItem } from '@/lib/shared/messaging/ports';
import type { SocialItem } from '@/lib/shared/model/social-item';

/** A customer's reply on X, by author "A" (@a); `over` changes any field. */
export function socialItem(id: string, text: string, over: Partial<SocialItem> = {}): SocialItem {
  return {
    platform: 'x',
    id,
    permalink: `https://x.com/a/status/${id}`,
    authorName: 'A',
    authorHandle: 'a',
    text,
    createdAt: 1,
    createdAtApproximate: false,
    isReply: true,
    isOwn: false,
    kind: 'reply',
    ...over,
  };
}

/** The item as the page script reports it to the background: read, a customer's, on screen. */
export function pageItem(id: string, text: string, over: Partial<PageItem> = {}): PageItem {
  return {
    item: socialItem(id, text),
    readState: 'read',
    own: false,
    visible: true,
    firstSeenAt: 1,
    lastSeenAt: 1,
    monitored: [],
    ...over,
  };
}
