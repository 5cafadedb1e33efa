import type { PlatformAdapter } from '@/lib/platforms/types';
import type { BadgeStrings } from '@/lib/shared/i18n/messages/badge';
import type { ItemMark } from '@/lib/shared/model/queue';
import type { BadgeSla } from '@/lib/shared/triage/badge-sla';
import { highlight, removeBadge, renderBadge } from './badges';
import type { PageItemState } from './types';

// The only marks on the site's own elements, and nothing the site doesn't know already: the item's own id (the
// tracker checks it to notice a recycled node) and whether it is the user's own. What CareSide thinks of an item
// (category, urgency, handled, watched keywords) is drawn in the badge's closed shadow root, never written here.
export const ATTR_ID = 'data-careside-id';
export const ATTR_OWN = 'data-careside-own';

export interface MarkOptions {
  own: boolean;
  badges: boolean;
  mark: ItemMark | null;
  sla: BadgeSla | null;
  slaMinutes: number;
  strings: BadgeStrings;
}

/** Marks a recognised item element and draws (or removes) its badge; true when the badge's button shows. */
export function markItemElement(el: Element, tracked: PageItemState, options: MarkOptions): boolean {
  el.setAttribute(ATTR_ID, tracked.item.id);
  if (options.own) {
    // The user's own items are not customer items: no category, no badge.
    el.setAttribute(ATTR_OWN, 'true');
    removeBadge(el);
    return false;
  }
  el.removeAttribute(ATTR_OWN);
  // Until the background's classification arrives the item is "pending": no category, no badge, no guess.
  const { badge, readState } = tracked;
  const pending = readState === 'read' && !badge;
  // Watched keywords and brand mentions (settings → monitoring) get a thin bar in the feed.
  const monitored = tracked.monitored.length > 0;
  if (!options.badges || (pending && !monitored)) {
    removeBadge(el);
    return false;
  }
  const { mark, sla, slaMinutes, strings } = options;
  const content = pending
    ? null
    : { facts: badge, mark, state: readState, media: tracked.item.media?.kind, sla, slaMinutes };
  renderBadge(el, tracked.item.id, content, strings, monitored);
  return content !== null;
}

/** Expands a truncated item, scrolls it into view and flashes it; best effort, never throws into the page. */
export function revealItemElement(adapter: PlatformAdapter, el: Element, itemId: string): void {
  try {
    adapter.expandItem?.(el);
    el.scrollIntoView({ block: 'center', behavior: 'smooth' });
    highlight(el, itemId);
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
