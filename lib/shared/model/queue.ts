/** A tab's queue as the page reads it and the background classifies it: shared by page, background and panel. */
import type { SocialItem } from './social-item';
import type { Classification } from '@/lib/shared/classify/types';

/**
 * read: text read and classified. media: only a sticker, GIF, photo or video (item.media). unread: the adapter
 * found the item but not its text (item.unread): listed as "couldn't read", never classified as anything.
 */
export type ReadState = 'read' | 'media' | 'unread';

export interface TrackedItem {
  item: SocialItem;
  /** Only meaningful when readState is 'read' (otherwise a neutral placeholder with zero confidence). */
  classification: Classification;
  /** The background has classified this text (a read item shows no category until then). */
  classified: boolean;
  readState: ReadState;
  /** On screen now (IntersectionObserver). */
  visible: boolean;
  firstSeenAt: number;
  lastSeenAt: number;
  /** Monitor keywords found in the text. */
  monitored: string[];
}

export interface PageSnapshot {
  /** Customer items only (own items are excluded), in the order they were first read. */
  items: TrackedItem[];
  /** Item-like elements on this page whose markup was not recognised. */
  unreadableCount: number;
  /** Items found but whose text could not be read (readState 'unread'). */
  unreadTextCount: number;
  revision: number;
}

/** A classification the background made, for the text it was made from. */
export interface ClassifiedText {
  id: string;
  text: string;
  classification: Classification;
}

export interface InsertResult {
  ok: boolean;
  method: 'paste' | 'execCommand' | 'beforeinput' | 'clipboard' | 'none';
  message?: string;
}
