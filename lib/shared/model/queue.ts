/** A tab's queue as the page reads it and the background classifies it: shared by page, background and panel. */
import type { SocialItem } from './social-item';
import type { Classification, SentimentLabel } from '@/lib/shared/classify/types';

/**
 * read: text read and classified. media: only a sticker, GIF, photo or video (item.media). unread: the adapter
 * found the item but not its text (item.unread): listed as "couldn't read", never classified as anything.
 */
export type ReadState = 'read' | 'media' | 'unread';

export interface TrackedItem {
  item: SocialItem;
  /** Only meaningful when readState is 'read' (otherwise a neutral placeholder with zero confidence). */
  classification: Classification;
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

/** What a badge on the page shows: the page script gets only this of a classification, not reasons or scores. */
export type BadgeFacts = Pick<Classification, 'category' | 'troll'> & {
  urgent: Pick<Classification['urgent'], 'flag'>;
  /** The classifier's tone (Classification.sentimentLabel). */
  sentimentLabel: SentimentLabel;
};

/**
 * Where an item stands in the background's database (the one owner): handled, escalated (its follow-up closed
 * or never opened), or waiting (a follow-up open on it). Items with none of these have no mark.
 */
export type ItemMark = 'handled' | 'escalated' | 'waiting';

/** The background's answer for one item, for the text it classified (a newer text waits for its own answer). */
export interface ClassifiedText {
  id: string;
  text: string;
  badge: BadgeFacts;
}

export interface InsertResult {
  ok: boolean;
  method: 'paste' | 'execCommand' | 'beforeinput' | 'clipboard' | 'none';
  message?: string;
}
