import { isBadgeNode } from './badges';

/**
 * The MutationObserver callback does no reading: it only collects the nodes worth re-reading, so a
 * burst of site re-renders costs a few Set insertions. Our own badges are ignored. Returns true when
 * nodes were removed, so detached items get swept.
 */
export function queueMutations(records: readonly MutationRecord[], pending: Set<Node>): boolean {
  let removed = false;
  for (const record of records) {
    if (isBadgeNode(record.target)) continue;
    if (record.type === 'characterData') {
      pending.add(record.target);
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
  return removed;
}
