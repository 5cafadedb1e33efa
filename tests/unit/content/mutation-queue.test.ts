// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { MAX_PENDING_NODES, queueMutations } from '@/lib/page/mutation-queue';

const added = (node: Node, target: Node = document.body) =>
  ({ type: 'childList', target, addedNodes: [node], removedNodes: [] }) as unknown as MutationRecord;
const text = (node: Text) =>
  ({ type: 'characterData', target: node, addedNodes: [], removedNodes: [] }) as unknown as MutationRecord;

describe('the queue of changed nodes', () => {
  it('coalesces a counter ticking a thousand times into one entry: its element', () => {
    const counter = document.createElement('span');
    counter.textContent = '0';
    document.body.append(counter);
    const pending = new Set<Node>();
    const records = Array.from({ length: 1000 }, () => text(counter.firstChild as Text));
    expect(queueMutations(records, pending)).toEqual({ removed: false, overflow: false });
    expect([...pending]).toEqual([counter]);
  });

  it('is bounded: a flood of new nodes empties it and asks for one rescan instead', () => {
    const pending = new Set<Node>();
    let overflowed = 0;
    for (let batch = 0; batch < 50; batch += 1) {
      const records = Array.from({ length: 200 }, () => added(document.createElement('div')));
      if (queueMutations(records, pending).overflow) overflowed += 1;
      expect(pending.size).toBeLessThanOrEqual(MAX_PENDING_NODES);
    }
    // 10,000 nodes never drained: the queue overflowed instead of holding them (and the detached ones alive).
    expect(overflowed).toBeGreaterThan(0);
  });

  it('keeps every node while under the bound', () => {
    const pending = new Set<Node>();
    const nodes = Array.from({ length: MAX_PENDING_NODES }, () => document.createElement('div'));
    expect(
      queueMutations(
        nodes.map((node) => added(node)),
        pending,
      ).overflow,
    ).toBe(false);
    expect(pending.size).toBe(MAX_PENDING_NODES);
  });
});
