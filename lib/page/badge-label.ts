/** What a badge says, as text and as its accessible name. Pure: no DOM. */
import type { BadgeFacts, ReadState } from '@/lib/shared/model/queue';
import type { MediaKind } from '@/lib/shared/model/social-item';

/** What one badge shows. `facts` is null for items whose text was not read (unread, media only). */
export interface BadgeContent {
  facts: BadgeFacts | null;
  handled: boolean;
  state: ReadState;
  media?: MediaKind;
}

export interface BadgeLabel {
  text: string;
  aria: string;
  /** For the badge's colour, inside its closed shadow root only. */
  tone: string;
  urgent: boolean;
}

/** An item we could not read, or a media-only one: said as such, never as a category. */
function readStateLabel(state: ReadState, media: MediaKind | undefined, handled: boolean): BadgeLabel {
  const what = state === 'unread' ? "can't read" : `${media === 'gif' ? 'GIF' : (media ?? 'media')} only`;
  return {
    text: `${handled ? '✓ ' : ''}${what}`,
    aria: `CareSide: ${state === 'unread' ? "couldn't read this comment's text" : what}${handled ? ', handled' : ''}. Open in panel`,
    tone: state,
    urgent: false,
  };
}

export function badgeLabel({ facts: c, handled, state, media }: BadgeContent): BadgeLabel {
  if (state !== 'read' || !c) return readStateLabel(state, media, handled);
  const parts: string[] = [c.category];
  if (c.urgent.flag) parts.unshift('urgent');
  if (c.troll && c.category !== 'troll') parts.push('troll');
  const text = `${handled ? '✓ ' : ''}${c.urgent.flag ? '! ' : ''}${c.category}${c.troll && c.category !== 'troll' ? ' · troll' : ''}`;
  return {
    text,
    aria: `CareSide: ${parts.join(', ')}${handled ? ', handled' : ''}. Open in panel`,
    tone: c.category,
    urgent: c.urgent.flag,
  };
}
