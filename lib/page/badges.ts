/**
 * Small in-feed badges. They live inside the site's item element, so they are kept minimal:
 * a zero-size absolutely positioned host (never shifts layout), a <button> (clickable, keyboard
 * reachable), text via textContent only.
 */
import type { BadgeFacts } from '@/lib/shared/model/queue';
import type { MediaKind } from '@/lib/shared/model/social-item';
import type { ReadState } from '@/lib/shared/model/queue';

const STYLE_ATTR = 'data-careside-style';
const HOST_ATTR = 'data-careside-badge-host';
const HIGHLIGHT_ATTR = 'data-careside-highlight';

const CATEGORY_COLOURS: Record<string, string> = {
  complaint: '#c2410c',
  praise: '#15803d',
  question: '#1d4ed8',
  troll: '#7e22ce',
  spam: '#4b5563',
  other: '#64748b',
  // Not categories: items we could not read, and media-only comments.
  unread: '#92400e',
  media: '#475569',
};
const URGENT_COLOUR = '#b91c1c';

const CSS = `
[data-careside-badged]{position:relative}
[${HOST_ATTR}]{position:absolute!important;top:6px;inset-inline-end:44px;width:0;height:0;overflow:visible;z-index:3;pointer-events:none;display:block;margin:0;padding:0}
[data-careside-badge]{position:absolute;top:0;inset-inline-end:0;pointer-events:auto;margin:0;border:0;border-radius:8px;padding:0 6px;font:600 10px/16px system-ui,-apple-system,"Segoe UI",sans-serif;color:#fff;white-space:nowrap;cursor:pointer;opacity:.92;box-shadow:0 0 0 1px rgba(255,255,255,.6)}
[data-careside-badge]:focus-visible{outline:2px solid #2563eb;outline-offset:2px}
[data-careside-badge][data-handled="true"]{opacity:.55}
${Object.entries(CATEGORY_COLOURS)
  .map(([category, colour]) => `[data-careside-badge][data-category=${category}]{background:${colour}}`)
  .join('\n')}
[data-careside-badge][data-urgent="true"]{background:${URGENT_COLOUR}}
[${HIGHLIGHT_ATTR}="true"]{outline:3px solid #f59e0b!important;outline-offset:-3px;transition:outline-color .3s}
[data-careside-monitored="true"]{box-shadow:inset 3px 0 0 #7c3aed}
`;

const styles = new WeakMap<Document, HTMLStyleElement>();

export function ensureBadgeStyle(doc: Document): void {
  const existing = styles.get(doc);
  if (existing?.isConnected) return;
  const style = doc.createElement('style');
  style.setAttribute(STYLE_ATTR, '');
  style.textContent = CSS;
  (doc.head ?? doc.documentElement).appendChild(style);
  styles.set(doc, style);
}

type BadgeActivate = (id: string) => void;
const activators = new WeakMap<Document, { onActivate: BadgeActivate; dispose: () => void }>();

/**
 * One delegated listener per document instead of three per badge: cheaper on long feeds. It runs in the
 * capture phase at the document, before the site's own handlers, so a badge click never opens the tweet.
 */
export function listenToBadges(doc: Document, onActivate: BadgeActivate): () => void {
  activators.get(doc)?.dispose();
  const badgeOf = (event: Event): Element | null => {
    for (let el = event.target instanceof Element ? event.target : null; el; el = el.parentElement) {
      if (el.hasAttribute('data-careside-badge')) return el;
    }
    return null;
  };
  const stop = (event: Event) => {
    if (badgeOf(event)) event.stopPropagation();
  };
  const click = (event: Event) => {
    const badge = badgeOf(event);
    if (!badge) return;
    event.preventDefault();
    event.stopPropagation();
    const id = badge.getAttribute('data-item-id');
    if (id) onActivate(id);
  };
  doc.addEventListener('pointerdown', stop, true);
  doc.addEventListener('mousedown', stop, true);
  doc.addEventListener('click', click, true);
  const dispose = () => {
    doc.removeEventListener('pointerdown', stop, true);
    doc.removeEventListener('mousedown', stop, true);
    doc.removeEventListener('click', click, true);
    activators.delete(doc);
  };
  activators.set(doc, { onActivate, dispose });
  return dispose;
}

export function removeBadgeStyle(doc: Document): void {
  styles.get(doc)?.remove();
  styles.delete(doc);
}

/**
 * True for our own nodes (badges, style), whose mutations the observer must ignore. Our nodes are shallow
 * (host > button > text, or style > text), so a few levels up is enough: this runs for every mutation record.
 */
export function isBadgeNode(node: Node): boolean {
  let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
  for (let depth = 0; el && depth < 3; depth++, el = el.parentElement) {
    if (el.hasAttribute(HOST_ATTR) || el.hasAttribute(STYLE_ATTR)) return true;
  }
  return false;
}

function hostOf(el: Element): HTMLElement | null {
  for (let child = el.lastElementChild; child; child = child.previousElementSibling) {
    if (child.hasAttribute(HOST_ATTR)) return child as HTMLElement;
  }
  return null;
}

/** An item we could not read, or a media-only one: said as such, never as a category. */
function readStateLabel(
  state: ReadState,
  media: MediaKind | undefined,
  handled: boolean,
): { text: string; aria: string } {
  const what = state === 'unread' ? "can't read" : `${media === 'gif' ? 'GIF' : (media ?? 'media')} only`;
  return {
    text: `${handled ? '✓ ' : ''}${what}`,
    aria: `CareSide: ${state === 'unread' ? "couldn't read this comment's text" : what}${handled ? ', handled' : ''}. Open in panel`,
  };
}

function badgeLabel(c: BadgeFacts, handled: boolean): { text: string; aria: string } {
  const parts: string[] = [c.category];
  if (c.urgent.flag) parts.unshift('urgent');
  if (c.troll && c.category !== 'troll') parts.push('troll');
  const text = `${handled ? '✓ ' : ''}${c.urgent.flag ? '! ' : ''}${c.category}${c.troll && c.category !== 'troll' ? ' · troll' : ''}`;
  return { text, aria: `CareSide: ${parts.join(', ')}${handled ? ', handled' : ''}. Open in panel` };
}

/** Creates or updates the item's badge (clicks are handled by listenToBadges). Attributes only: colours come from the stylesheet. */
export function renderBadge(
  el: Element,
  itemId: string,
  /** Null for items whose text was not read (unread, media only): their badge says that instead. */
  c: BadgeFacts | null,
  handled: boolean,
  state: ReadState = 'read',
  media?: MediaKind,
): void {
  let host = hostOf(el);
  if (!host) {
    host = badgeTemplate(el.ownerDocument).cloneNode(true) as HTMLElement;
    el.setAttribute('data-careside-badged', 'true');
    el.appendChild(host);
  }
  const button = host.firstElementChild as HTMLElement;
  const { text, aria } = state === 'read' && c ? badgeLabel(c, handled) : readStateLabel(state, media, handled);
  button.setAttribute('data-item-id', itemId);
  button.setAttribute('aria-label', aria);
  button.setAttribute('data-handled', String(handled));
  button.setAttribute('data-category', state === 'read' && c ? c.category : state);
  button.setAttribute('data-urgent', String(c?.urgent.flag ?? false));
  if (button.textContent !== text) button.textContent = text;
}

const templates = new WeakMap<Document, HTMLElement>();
function badgeTemplate(doc: Document): HTMLElement {
  let template = templates.get(doc);
  if (!template) {
    template = doc.createElement('span');
    template.setAttribute(HOST_ATTR, '');
    const button = doc.createElement('button');
    button.type = 'button';
    button.setAttribute('data-careside-badge', '');
    template.appendChild(button);
    templates.set(doc, template);
  }
  return template;
}

export function removeBadge(el: Element): void {
  hostOf(el)?.remove();
  el.removeAttribute('data-careside-badged');
}

export function highlight(el: Element, ms = 1600): void {
  el.setAttribute(HIGHLIGHT_ATTR, 'true');
  setTimeout(() => el.removeAttribute(HIGHLIGHT_ATTR), ms);
}
