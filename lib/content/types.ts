import type { SocialItem } from '@/lib/model/social-item';
import type { Classification } from '@/lib/classify/types';
import type { PageItem } from '@/lib/messaging/ports';

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

export interface RuntimeOptions {
  ownHandles: string[];
  badges: boolean;
  monitorKeywords: string[];
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

export interface ContentRuntime {
  /** useSyncExternalStore-compatible: the same object until something changes. */
  getSnapshot(): PageSnapshot;
  subscribe(listener: () => void): () => void;
  insertReply(itemId: string, text: string): Promise<InsertResult>;
  /** Scroll into view + brief highlight. */
  reveal(itemId: string): void;
  onBadgeClick(listener: (itemId: string) => void): () => void;
  /** Live: re-classify, re-filter own items, toggle badges. */
  setOptions(options: RuntimeOptions): void;
  /** The item's badge shows "handled". */
  markHandled(itemId: string): void;
  /** Classifications from the background: badges appear, the snapshot updates. */
  applyClassifications(results: readonly ClassifiedText[]): void;
  /** Items changed since the last call, for the background (see ItemTracker.takeChanges). */
  takeChanges(): { reset: boolean; upserts: PageItem[]; unreadableCount: number };
  /** The background lost the tab's state: the next takeChanges() returns everything. */
  resendAll(): void;
}
