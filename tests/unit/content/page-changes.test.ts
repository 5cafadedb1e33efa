// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_PENDING_NODES } from '@/lib/page/mutation-queue';
import { watchPageChanges, type PageChanges } from '@/lib/page/page-changes';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
let changes: PageChanges | undefined;
afterEach(() => {
  changes?.dispose();
  document.body.replaceChildren();
});

function watch(): PageChanges {
  changes = watchPageChanges(window as unknown as Window & typeof globalThis, document, () => {});
  expect(changes.takeFullScan()).toBe(true); // the first read scans the page
  return changes;
}

describe('what the page script reads next', () => {
  it('items a yielded read left for later do not count toward the queue’s bound: the next batch does not overflow', async () => {
    const page = watch();
    // A long feed's full scan yielded with most of its items still to read.
    for (let i = 0; i < MAX_PENDING_NODES; i += 1) page.leftovers.add(document.createElement('article'));
    for (let i = 0; i < 10; i += 1) document.body.append(document.createElement('div'));
    await flush();
    expect(page.pending.size).toBe(10);
    expect(page.takeFullScan()).toBe(false); // no second full scan
    expect(page.leftovers.size).toBe(MAX_PENDING_NODES);
  });

  it('queues nothing while a full scan is due; the scan empties the queue and the leftovers', async () => {
    const page = watch();
    document.body.append(document.createElement('div'));
    await flush();
    expect(page.pending.size).toBe(1);
    page.leftovers.add(document.createElement('article'));
    page.requestFullScan();
    for (let i = 0; i < 3 * MAX_PENDING_NODES; i += 1) document.body.append(document.createElement('div'));
    await flush();
    expect(page.pending.size).toBe(1); // the flood was not queued (nor did it overflow)
    expect(page.takeFullScan()).toBe(true);
    expect(page.pending.size).toBe(0);
    expect(page.leftovers.size).toBe(0);
  });
});
