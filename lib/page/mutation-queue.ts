import { isBadgeNode } from './badges';

/**
 * The most nodes waiting to be re-read. A page that churns faster than idle time drains the queue (a
 * ticker, a live counter, thousands of records a second) overflows it: the queue is dropped and the
 * next read rescans the page once instead, so memory stays bounded whatever the page does.
 */
export const MAX_PENDING_NODES = 2000;

export interface QueuedMutations {
  /** Nodes were removed: detached items must be swept. */
  removed: boolean;
  /** The queue overflowed and was emptied: rescan the page. */
  overflow: boolean;
}

/**
 * The MutationObserver callback does no reading: it only collects the nodes worth re-reading, so a
 * burst of site re-renders costs a few Set insertions. Changes coalesce: a text change queues its
 * element (a counter ticking a thousand times is one entry), a node already queued is not added
 * twice, and our own badges are ignored.
 */
export function queueMutations(records: readonly MutationRecord[], pending: Set<Node>): QueuedMutations {
  let removed = false;
  for (const record of records) {
    if (isBadgeNode(record.target)) continue;
    if (record.type === 'characterData') {
      pending.add(record.target.parentNode ?? record.target);
      continue;
    }
    record.addedNodes.forEach((node) => {
      if (!isBadgeNode(node)) pending.add(node);
    });
    // Removing our own badge (badges off, own item) is no reason to re-read the item.
    if (Array.prototype.some.call(record.removedNodes, (node: Node) => !isBadgeNode(node))) {
      removed = true;
      pending.add(record.target);
    }
  }
  // Elements found but not read yet (PageChanges.leftovers) are kept elsewhere and do not count here.
  if (pending.size <= MAX_PENDING_NODES) return { removed, overflow: false };
  pending.clear();
  return { removed, overflow: true };
}

/** Whether the records removed any node of the site's (our badges excepted): detached items must be swept. */
export function hasRemovals(records: readonly MutationRecord[]): boolean {
  return records.some(
    (record) =>
      !isBadgeNode(record.target) && Array.prototype.some.call(record.removedNodes, (node: Node) => !isBadgeNode(node)),
  );
}
