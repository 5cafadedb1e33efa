/** The page runtime's interface (lib/page/runtime.ts); the queue's types are shared (lib/shared/model/queue.ts). */
import type { BadgeFacts, ClassifiedText, InsertResult, ItemMark, TrackedItem } from '@/lib/shared/model/queue';
import type { BadgeStrings } from '@/lib/shared/i18n/messages/badge';
import type { PageItem, VisibilityChange } from '@/lib/shared/messaging/ports';

/** One item as the page script holds it: what it read, and what its badge shows once the background answered. */
export type PageItemState = Omit<TrackedItem, 'classification'> & {
  /** Null until the background has classified this text: no category, no badge, no guess. */
  badge: BadgeFacts | null;
};

/** What the page has read (for tests and debugging; the queue itself lives in the background). */
export interface PageReadSnapshot {
  items: PageItemState[];
  unreadableCount: number;
  unreadTextCount: number;
  revision: number;
}

/** What changed since the last report, for the background (ItemTracker.takeChanges). */
export interface PageChanges {
  reset: boolean;
  upserts: PageItem[];
  visibility: VisibilityChange[];
  unreadableCount: number;
  /** The unreadable count changed: worth a message even with no readable item changed. */
  unreadableChanged: boolean;
}

export interface RuntimeOptions {
  ownHandles: string[];
  badges: boolean;
  /** Watched keywords and brand names (settings → monitoring, brand). */
  monitorKeywords: string[];
  /** The platform's response target (settings → sla), for the badges' on time / due soon / late. */
  slaMinutes: number;
  /** The badges' words in the UI language (lib/shared/i18n/messages/badge.ts), sent by the background. */
  labels: BadgeStrings;
}

export interface ContentRuntime {
  /** useSyncExternalStore-compatible: the same object until something changes. */
  getSnapshot(): PageReadSnapshot;
  subscribe(listener: () => void): () => void;
  insertReply(itemId: string, text: string): Promise<InsertResult>;
  /** Scroll into view + brief highlight. */
  reveal(itemId: string): void;
  onBadgeClick(listener: (itemId: string) => void): () => void;
  /** Live: re-classify, re-filter own items, toggle badges. */
  setOptions(options: RuntimeOptions): void;
  /** The item's badge shows "handled" (the panel just logged it; the background's marks follow). */
  markHandled(itemId: string): void;
  /** Marks from the background's database: handled, escalated, waiting; null clears one. */
  setMarks(marks: readonly (readonly [string, ItemMark | null])[]): void;
  /** Classifications from the background: badges appear, the snapshot updates. */
  applyClassifications(results: readonly ClassifiedText[]): void;
  /** Items changed since the last call, for the background (see ItemTracker.takeChanges). */
  takeChanges(): PageChanges;
  /** The background lost the tab's state: the next takeChanges() returns everything. */
  resendAll(): void;
}
