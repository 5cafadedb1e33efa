/**
 * The background tells the panel what changed in a tab's queue since its last message, not the whole queue:
 * on a long feed the queue holds hundreds of items, each with its classification and reasons, while a batch
 * changes a few. The panel applies the changes to its copy.
 */
import type { PageSnapshot, TrackedItem } from './queue';

export interface QueueDelta {
  /** True: `upserts` is the whole queue (a panel that just connected, a page that reset, an item's owner changed). */
  reset: boolean;
  /** New or changed customer items; new ones in the order the background first read them. */
  upserts: TrackedItem[];
  /** Items that left the queue (they became the user's own). */
  removed: string[];
  unreadableCount: number;
  unreadTextCount: number;
  revision: number;
}

/**
 * A new snapshot (a new object, so React re-renders): changed items keep their place and new ones are appended,
 * which is the background's order (it sends a reset whenever an item could come back in another place).
 */
export function applyQueueDelta(snapshot: PageSnapshot, delta: QueueDelta): PageSnapshot {
  const byId = new Map<string, TrackedItem>();
  if (!delta.reset) for (const tracked of snapshot.items) byId.set(tracked.item.id, tracked);
  for (const id of delta.removed) byId.delete(id);
  for (const tracked of delta.upserts) byId.set(tracked.item.id, tracked);
  return {
    items: [...byId.values()],
    unreadableCount: delta.unreadableCount,
    unreadTextCount: delta.unreadTextCount,
    revision: delta.revision,
  };
}
