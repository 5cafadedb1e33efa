import type { PlatformAdapter } from '@/lib/platforms/types';
import { highlight, removeBadge, renderBadge } from './badges';
import type { PageItemState } from './types';

// Readable by the e2e tests and by anyone debugging the page in devtools.
export const ATTR_ID = 'data-careside-id';
export const ATTR_CATEGORY = 'data-careside-category';
export const ATTR_URGENT = 'data-careside-urgent';
export const ATTR_OWN = 'data-careside-own';
export const ATTR_MONITORED = 'data-careside-monitored';

export interface MarkOptions {
  own: boolean;
  badges: boolean;
  handled: boolean;
}

/** Writes CareSide's data attributes on a recognised item element and draws (or removes) its badge. */
export function markItemElement(el: Element, tracked: PageItemState, options: MarkOptions): void {
  el.setAttribute(ATTR_ID, tracked.item.id);
  if (options.own) {
    // The user's own items are not customer items: no category, no badge.
    el.setAttribute(ATTR_OWN, 'true');
    el.removeAttribute(ATTR_CATEGORY);
    el.removeAttribute(ATTR_URGENT);
    removeBadge(el);
    return;
  }
  el.removeAttribute(ATTR_OWN);
  // Until the background's classification arrives the item is "pending": no category, no badge, no guess.
  const { badge, readState } = tracked;
  const pending = readState === 'read' && !badge;
  el.setAttribute(ATTR_CATEGORY, readState !== 'read' ? readState : (badge?.category ?? 'pending'));
  el.setAttribute(ATTR_URGENT, String(badge?.urgent.flag ?? false));
  // Watched keywords and brand mentions (settings → monitoring) get a thin bar in the feed.
  if (tracked.monitored.length > 0) el.setAttribute(ATTR_MONITORED, 'true');
  else el.removeAttribute(ATTR_MONITORED);
  if (options.badges && !pending)
    renderBadge(el, tracked.item.id, badge, options.handled, tracked.readState, tracked.item.media?.kind);
  else removeBadge(el);
}

/** Expands a truncated item, scrolls it into view and flashes it; best effort, never throws into the page. */
export function revealItemElement(adapter: PlatformAdapter, el: Element): void {
  try {
    adapter.expandItem?.(el);
    el.scrollIntoView({ block: 'center', behavior: 'smooth' });
    highlight(el);
  } catch {
    // The site re-rendered under us: nothing to reveal.
  }
}

/** "Visible" means at least a quarter of the item on screen. Null where IntersectionObserver is missing (old test DOMs). */
export function createVisibilityObserver(
  win: Window & { IntersectionObserver?: typeof IntersectionObserver },
  onEntries: (entries: IntersectionObserverEntry[]) => void,
): IntersectionObserver | null {
  const Observer = win.IntersectionObserver;
  return typeof Observer === 'function' ? new Observer(onEntries, { threshold: 0.25 }) : null;
}

/** Counts an unreadable element once even when the site re-renders it: keyed by what it shows, not the node. */
export function unreadableSignature(el: Element): string {
  return `${el.tagName}|${(el.textContent ?? '').replace(/\s+/g, ' ').slice(0, 160)}`;
}
