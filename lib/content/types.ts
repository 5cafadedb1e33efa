import type { SocialItem } from '@/lib/model/social-item';
import type { Classification } from '@/lib/classify/types';

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

export interface RuntimeOptions {
  ownHandles: string[];
  badges: boolean;
  monitorKeywords: string[];
  classify: (item: SocialItem) => Classification;
  /** One-time set-up for classify, run one step per idle slice before the first read (read at start only). */
  setUp?: ReadonlyArray<() => void>;
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
}

export interface RuntimeHooks {
  onSeen?(items: TrackedItem[]): void;
}
