import { hasRemovals, queueMutations } from './mutation-queue';
import { createScrollSettle } from './scroll-settle';

/**
 * What changed on the page since the last read. One MutationObserver queues nodes (its callback reads
 * nothing). If the page changes while the user scrolls, the observer is disconnected: a virtualised feed
 * rebuilds its cells on every scroll step and nobody is reading, so the runtime rescans once scrolling
 * pauses instead (unchanged items cost it a text compare). Reads wait for that pause: see scroll-settle.
 */
export interface PageChanges {
  /** Nodes added or changed since the last read; the reader removes what it has handled. */
  readonly pending: Set<Node>;
  /**
   * Item elements found but not read yet (a read that yielded mid-way). Kept apart from `pending`: they do not
   * count toward its bound, or a long feed's full scan would overflow the next batch into another full scan.
   * A full scan finds them again, so it empties this set.
   */
  readonly leftovers: Set<Element>;
  /** Call at the start of a read: observing resumes after a scroll. */
  resume(): void;
  /** True once per request: the whole page must be rescanned (start, navigation, after a scroll). */
  takeFullScan(): boolean;
  /** True once after nodes were removed: detached items must be swept. */
  takeSweep(): boolean;
  requestFullScan(): void;
  /** How long a read should still wait (0 = now). */
  waitMs(now: number): number;
  /** The user scrolled within the settle window (see scroll-settle). */
  isScrolling(): boolean;
  dispose(): void;
}

export function watchPageChanges(win: Window & typeof globalThis, doc: Document, onChange: () => void): PageChanges {
  const pending = new Set<Node>();
  const leftovers = new Set<Element>();
  let fullScan = true;
  let sweep = false;
  let observing = false;

  const pause = (): void => {
    observing = false;
    mutations.disconnect();
    pending.clear();
    fullScan = true;
    sweep = true;
  };
  // Reads wait for a pause; a page that doesn't change while scrolling (Facebook) keeps its observer
  // and needs no rescan. The first change during a scroll (a virtualised feed) stops observing instead.
  const settle = createScrollSettle(win);
  const mutations = new win.MutationObserver((records) => {
    const before = pending.size;
    // A full scan is due: it reads whatever these nodes are, so they are not queued (only removals count).
    const queued = fullScan ? { removed: hasRemovals(records), overflow: false } : queueMutations(records, pending);
    if (queued.removed) sweep = true;
    if (queued.overflow) fullScan = true;
    // Only the site's own changes during a scroll stop observing: our badges appearing just after a
    // scroll are no reason to rescan the page. The queued batch is covered by the rescan.
    if ((sweep || pending.size > before) && settle.isScrolling(performance.now())) pause();
    if (pending.size > 0 || sweep || fullScan) onChange();
  });
  const resume = (): void => {
    if (observing) return;
    observing = true;
    mutations.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true, characterData: true });
  };
  resume();

  return {
    pending,
    leftovers,
    resume,
    takeFullScan() {
      const was = fullScan;
      fullScan = false;
      if (was) {
        pending.clear(); // queued before the scan was asked for: the scan covers them
        leftovers.clear();
      }
      return was;
    },
    takeSweep() {
      const was = sweep;
      sweep = false;
      return was;
    },
    requestFullScan() {
      fullScan = true;
    },
    waitMs: settle.waitMs,
    isScrolling: () => settle.isScrolling(performance.now()),
    dispose() {
      settle.dispose();
      mutations.disconnect();
      observing = false;
    },
  };
}
