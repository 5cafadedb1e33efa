/** Site-agnostic content runtime: reads items through a PlatformAdapter keyed by content id, tracks what is on
 * screen, marks items, draws badges and inserts replies. Reads run in idle slices once scrolling pauses (see
 * page-changes), and everything is released when `signal` aborts. */
import type { PlatformAdapter } from '@/lib/platforms/types';
import { listenToBadges } from './badge-clicks';
import { ensureBadgeStyle, removeBadge, removeBadgeStyle } from './badges';
import { createBadgeState } from './badge-state';
import { createDwellTracker } from './dwell';
import { findItemElementById } from './find-item';
import { createIdleScheduler } from './idle-scheduler';
import { watchPageChanges } from './page-changes';
import { insertIntoReplyBox } from './insert-reply';
import { ItemTracker } from './item-tracker';
import { capItemText, isValidSocialItem } from './validate-item';
import { ATTR_ID, createVisibilityObserver, revealItemElement, unreadableSignature } from './mark-item';
import type { ContentRuntime, RuntimeOptions } from './types';

export function startContentRuntime(
  adapter: PlatformAdapter,
  signal: AbortSignal,
  options: RuntimeOptions,
): ContentRuntime {
  const doc = document;
  const win = doc.defaultView ?? window;
  let opts = options;
  const tracker = new ItemTracker(options);
  const badgeListeners = new Set<(id: string) => void>();
  /** What each element shows (nodes are recycled) and its text when read: unchanged text is not re-parsed. */
  let shown = new WeakMap<Element, { id: string; key: string; content: string }>();
  /** Elements that could not be read, with their text then: unchanged, they are not retried. */
  let unreadableContent = new WeakMap<Element, string>();
  const latestElement = new Map<string, Element>();
  const observed = new Set<Element>();
  const onScreen = new Set<Element>();
  let lastUrl = win.location.href;

  const notifyBadge = (id: string): void => badgeListeners.forEach((listener) => listener(id));

  const decorate = (el: Element, id: string): void => {
    const tracked = tracker.get(id);
    // Without IntersectionObserver (test DOMs) every item is badged at once.
    if (tracked) badgeState.draw(el, tracked, tracker.isOwn(id), opts.badges && (!intersection || dwell.has(el)), opts);
  };

  /** Draws the item's badge again where the item is now (nodes are recycled). */
  const redraw = (id: string): void => {
    const el = latestElement.get(id);
    if (el?.isConnected && shown.get(el)?.id === id) decorate(el, id);
  };
  const badgeState = createBadgeState(win, redraw);

  const updateVisibility = (id: string, now: number): void => {
    const el = latestElement.get(id);
    tracker.setVisible(id, el !== undefined && onScreen.has(el) && shown.get(el)?.id === id, now);
  };

  const dwell = createDwellTracker(win, (el) => {
    const id = shown.get(el)?.id;
    if (id && el.isConnected) decorate(el, id);
  });

  const intersection = createVisibilityObserver(win, (entries) => {
    const now = Date.now();
    const still = !changes.isScrolling();
    for (const entry of entries) {
      if (entry.isIntersecting) {
        onScreen.add(entry.target);
        dwell.enter(entry.target, now, still);
      } else {
        onScreen.delete(entry.target);
        dwell.leave(entry.target);
      }
      const id = shown.get(entry.target)?.id;
      if (id) updateVisibility(id, now);
    }
    // Published by the next work run, after scrolling pauses: no panel re-render for items flying past.
    scheduler.schedule();
  });

  /** Reads one candidate element; returns the tracked item when it is new or changed. */
  const processElement = (el: Element, now: number): void => {
    const content = el.textContent ?? '';
    const previous = shown.get(el);
    if (previous?.content === content && el.getAttribute(ATTR_ID) === previous.id) return;
    if (unreadableContent.get(el) === content) return;
    const item = capItemText(adapter.parseItem(el, now));
    if (!item || !isValidSocialItem(item)) {
      unreadableContent.set(el, content);
      tracker.addUnreadable(unreadableSignature(el));
      return;
    }
    const key = `${item.id}|${item.text.length}|${item.text.slice(-24)}`;
    if (previous?.key === key && el.getAttribute(ATTR_ID) === item.id) {
      shown.set(el, { ...previous, content }); // e.g. a relative time ticked: nothing to re-read
      return;
    }
    shown.set(el, { id: item.id, key, content });
    if (previous && previous.id !== item.id) updateVisibility(previous.id, now); // node recycled
    latestElement.set(item.id, el);
    tracker.upsert(item, now);
    decorate(el, item.id);
    if (intersection && !observed.has(el)) {
      observed.add(el);
      intersection.observe(el);
    }
    updateVisibility(item.id, now);
  };

  const sweepDetached = (): void => {
    for (const el of observed) {
      if (el.isConnected) continue;
      intersection?.unobserve(el);
      observed.delete(el);
      onScreen.delete(el);
      const id = shown.get(el)?.id;
      if (id && latestElement.get(id) === el) updateVisibility(id, Date.now());
    }
  };

  const checkNavigation = (): void => {
    if (win.location.href === lastUrl) return;
    lastUrl = win.location.href;
    tracker.reset();
    badgeState.clear();
    latestElement.clear();
    shown = new WeakMap();
    unreadableContent = new WeakMap();
    changes.requestFullScan();
  };

  const work = (shouldYield: () => boolean): boolean => {
    checkNavigation();
    changes.resume();
    if (changes.takeSweep()) sweepDetached();
    const { pending, leftovers } = changes;
    // A full scan empties the queue and the leftovers: it finds every item element again.
    const fullScan = changes.takeFullScan();
    const candidates = new Set<Element>(leftovers);
    leftovers.clear();
    if (fullScan) adapter.findItemElements(doc).forEach((el) => candidates.add(el));
    let looked = 0;
    for (const node of pending) {
      if (++looked % 64 === 0 && shouldYield()) break; // a long queue drains over several slices
      pending.delete(node);
      if (!node.isConnected) continue;
      const closest = adapter.closestItemElement(node);
      if (closest) candidates.add(closest);
      if (node.nodeType === 1) adapter.findItemElements(node as Element).forEach((el) => candidates.add(el));
      if (candidates.size > 400) break;
    }
    const now = Date.now();
    let left = false;
    for (const el of candidates) {
      if (shouldYield()) {
        leftovers.add(el); // read in the next slice, outside the queue's bound
        left = true;
        continue;
      }
      try {
        processElement(el, now);
      } catch {
        tracker.addUnreadable(unreadableSignature(el));
      }
    }
    tracker.changed();
    return left || pending.size > 0;
  };

  const changes = watchPageChanges(win, doc, () => scheduler.schedule());
  const scheduler = createIdleScheduler(win, work, { waitMs: changes.waitMs });

  if (opts.badges) ensureBadgeStyle(doc);
  const stopBadgeClicks = listenToBadges(doc, notifyBadge);
  const onLocation = (): void => scheduler.schedule();
  win.addEventListener('popstate', onLocation);
  scheduler.schedule();

  const elementFor = (id: string): Element | null => {
    const el = latestElement.get(id);
    if (el?.isConnected && shown.get(el)?.id === id) return el;
    return findItemElementById(adapter, doc, id);
  };

  signal.addEventListener(
    'abort',
    () => {
      scheduler.dispose();
      badgeState.dispose();
      changes.dispose();
      dwell.dispose();
      intersection?.disconnect();
      win.removeEventListener('popstate', onLocation);
      for (const id of tracker.ids()) {
        const el = latestElement.get(id);
        if (el) removeBadge(el);
      }
      removeBadgeStyle(doc);
      stopBadgeClicks();
      badgeListeners.clear();
    },
    { once: true },
  );

  const runtime: ContentRuntime = {
    getSnapshot: () => tracker.getSnapshot(),
    subscribe: (listener) => tracker.subscribe(listener),
    async insertReply(itemId, text) {
      const el = elementFor(itemId);
      // Gone from the page (scrolled away and recycled): the chain still copies the text for a manual paste.
      const result = await insertIntoReplyBox(adapter, el ?? doc.createElement('div'), text);
      return el ? result : { ...result, message: `The item is no longer on the page. ${result.message ?? ''}`.trim() };
    },
    reveal(itemId) {
      const el = elementFor(itemId);
      if (el) revealItemElement(adapter, el, itemId);
    },
    onBadgeClick(listener) {
      badgeListeners.add(listener);
      return () => badgeListeners.delete(listener);
    },
    setOptions(next) {
      opts = next;
      if (opts.badges) ensureBadgeStyle(doc);
      tracker.setOptions(next);
      for (const id of tracker.ids()) redraw(id);
      if (!opts.badges) removeBadgeStyle(doc);
    },
    applyClassifications(results) {
      for (const { id, text, badge } of results) {
        if (tracker.applyBadge(id, text, badge)) redraw(id);
      }
      tracker.changed();
    },
    takeChanges: () => tracker.takeChanges(),
    resendAll: () => tracker.resendAll(),
    markHandled: (itemId) => runtime.setMarks([[itemId, 'handled']]),
    setMarks(marks) {
      for (const [id, mark] of marks) {
        badgeState.setMark(id, mark);
        redraw(id);
      }
    },
  };
  return runtime;
}
