/**
 * Small in-feed badges. Each item gets one host element we own, absolutely positioned over the item (no layout
 * shift, no pointer events of its own), carrying only the neutral marker `data-careside-badge-host`. Everything
 * it shows (category, urgency, tone, SLA state, handled / escalated / waiting, the watched-keyword bar, the reveal
 * flash) lives in a CLOSED shadow root:
 * the site's scripts see an empty element. The shadow roots are kept in this module's WeakMap, never on the page.
 */
import type { BadgeStrings } from '@/lib/shared/i18n/messages/badge';
import { badgeLabel, type BadgeContent } from './badge-label';

export type { BadgeContent } from './badge-label';

export const BADGE_HOST_ATTR = 'data-careside-badge-host';
const STYLE_ATTR = 'data-careside-style';
const BADGED_ATTR = 'data-careside-badged';

/** The page's stylesheet says only where hosts sit; nothing in it depends on an item. */
const PAGE_CSS = `
[${BADGED_ATTR}]{position:relative}
[${BADGE_HOST_ATTR}]{position:absolute!important;inset:0!important;width:auto!important;height:auto!important;z-index:3;pointer-events:none!important;display:block!important;margin:0!important;padding:0!important;border:0!important;background:none!important}
`;

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

const SHADOW_CSS = `
:host{all:initial}
.frame{position:absolute;inset:0;pointer-events:none}
.frame[data-monitored="true"]{box-shadow:inset 3px 0 0 #7c3aed}
.frame[data-highlight="true"]{outline:3px solid #f59e0b;outline-offset:-3px;transition:outline-color .3s}
button{position:absolute;top:6px;inset-inline-end:44px;pointer-events:auto;margin:0;border:0;border-radius:8px;padding:0 6px;font:600 10px/16px system-ui,-apple-system,"Segoe UI",sans-serif;color:#fff;white-space:nowrap;cursor:pointer;opacity:.92;box-shadow:0 0 0 1px rgba(255,255,255,.6);user-select:none;-webkit-user-select:none}
button[hidden]{display:none}
button:focus-visible{outline:2px solid #2563eb;outline-offset:2px}
button[data-handled="true"]{opacity:.55}
${Object.entries(CATEGORY_COLOURS)
  .map(([tone, colour]) => `button[data-tone=${tone}]{background:${colour}}`)
  .join('\n')}
button[data-urgent="true"]{background:${URGENT_COLOUR}}
button[data-sentiment]::before{display:inline-block;margin-inline-end:3px;font-weight:700}
button[data-sentiment=positive]::before{content:"+";color:#bbf7d0}
button[data-sentiment=neutral]::before{content:"•";color:#e2e8f0}
button[data-sentiment=negative]::before{content:"−";color:#fecaca}
button[data-sla-text]::after{content:attr(data-sla-text);margin-inline-start:4px;padding:0 4px;border-radius:6px;background:rgba(0,0,0,.28)}
button[data-sla=due_soon]::after{background:#b45309}
button[data-sla=late]::after{background:#7f1d1d}
`;

interface Badge {
  /** The item it belongs to, for clicks: the page never sees it. */
  id: string;
  frame: HTMLElement;
  button: HTMLButtonElement;
}

/** host → its closed shadow root's parts. Module-private: the only way to reach a badge's content. */
const badges = new WeakMap<Element, Badge>();
const styles = new WeakMap<Document, HTMLStyleElement>();

export function ensureBadgeStyle(doc: Document): void {
  const existing = styles.get(doc);
  if (existing?.isConnected) return;
  const style = doc.createElement('style');
  style.setAttribute(STYLE_ATTR, '');
  style.textContent = PAGE_CSS;
  (doc.head ?? doc.documentElement).appendChild(style);
  styles.set(doc, style);
}

export function removeBadgeStyle(doc: Document): void {
  styles.get(doc)?.remove();
  styles.delete(doc);
}

/**
 * The badge an event came from. Outside a closed shadow root the event's path starts at its host (retargeted), so
 * the host is looked up along the path; only hosts this script made are in the map.
 */
export function badgeForEvent(event: Event): { id: string } | undefined {
  for (const node of event.composedPath()) {
    const badge = badges.get(node as Element);
    if (badge) return badge;
  }
  return undefined;
}

/**
 * True for our own nodes (badge hosts, the style), whose mutations the observer must ignore. What happens inside
 * a shadow root never reaches the page's MutationObserver, so only the nodes themselves need checking.
 */
export function isBadgeNode(node: Node): boolean {
  if (node.nodeType !== 1) return false;
  const el = node as Element;
  return el.hasAttribute(BADGE_HOST_ATTR) || el.hasAttribute(STYLE_ATTR);
}

function hostOf(el: Element): Element | null {
  for (let child = el.lastElementChild; child; child = child.previousElementSibling) {
    if (badges.has(child)) return child;
  }
  return null;
}

/**
 * One stylesheet per document, shared by every badge's shadow root (adoptedStyleSheets), not a <style> per badge:
 * a style element per item cost parsing and memory for each of them. The sheet is made with the page window's own
 * constructor: in a Firefox content script the global one belongs to the script's sandbox (Xray wrappers), and a
 * shadow root only adopts a sheet made for its own document's window.
 */
const sheets = new WeakMap<Document, CSSStyleSheet | null>();
function shadowSheet(doc: Document): CSSStyleSheet | null {
  if (sheets.has(doc)) return sheets.get(doc)!;
  let sheet: CSSStyleSheet | null = null;
  try {
    const Sheet = (doc.defaultView as (Window & typeof globalThis) | null)?.CSSStyleSheet;
    if (Sheet && 'adoptedStyleSheets' in Document.prototype) {
      sheet = new Sheet();
      sheet.replaceSync(SHADOW_CSS);
    }
  } catch {
    sheet = null; // no constructable stylesheets: each badge carries a <style> instead
  }
  sheets.set(doc, sheet);
  return sheet;
}

const templates = new WeakMap<Document, DocumentFragment>();
function shadowTemplate(doc: Document, withStyle: boolean): DocumentFragment {
  let template = templates.get(doc);
  if (!template) {
    template = doc.createDocumentFragment();
    if (withStyle) {
      const style = doc.createElement('style');
      style.textContent = SHADOW_CSS;
      template.append(style);
    }
    const frame = doc.createElement('div');
    frame.className = 'frame';
    const button = doc.createElement('button');
    button.type = 'button';
    button.hidden = true;
    template.append(frame, button);
    templates.set(doc, template);
  }
  return template;
}

function ensureHost(el: Element, itemId: string): Badge {
  const existing = hostOf(el);
  const known = existing && badges.get(existing);
  if (known) {
    known.id = itemId;
    return known;
  }
  const doc = el.ownerDocument;
  const host = doc.createElement('span');
  host.setAttribute(BADGE_HOST_ATTR, '');
  const root = host.attachShadow({ mode: 'closed' });
  const sheet = shadowSheet(doc);
  if (sheet) root.adoptedStyleSheets = [sheet];
  root.appendChild(shadowTemplate(doc, !sheet).cloneNode(true));
  // The template's order: (style,) frame, button (no selectors: this is our own tree).
  const [frame, button] = Array.from(root.children).slice(sheet ? 0 : 1) as [HTMLElement, HTMLButtonElement];
  const badge: Badge = { id: itemId, frame, button };
  badges.set(host, badge);
  el.setAttribute(BADGED_ATTR, 'true');
  el.appendChild(host);
  return badge;
}

/**
 * Creates or updates the item's badge (clicks are handled by listenToBadges). `content` null hides the button
 * (an item still pending, or badges shown only for the watched-keyword bar).
 */
export function renderBadge(
  el: Element,
  itemId: string,
  content: BadgeContent | null,
  strings: BadgeStrings,
  monitored = false,
): void {
  const { frame, button } = ensureHost(el, itemId);
  frame.setAttribute('data-monitored', String(monitored));
  if (!content) {
    button.hidden = true;
    return;
  }
  const label = badgeLabel(content, strings);
  button.hidden = false;
  button.setAttribute('aria-label', label.aria);
  button.setAttribute('data-handled', String(content.mark !== null));
  setOrRemove(button, 'data-mark', content.mark ?? '');
  button.setAttribute('data-tone', label.tone);
  button.setAttribute('data-urgent', String(label.urgent));
  setOrRemove(button, 'data-sentiment', label.sentiment);
  setOrRemove(button, 'data-sla', label.slaState);
  setOrRemove(button, 'data-sla-text', label.slaText);
  if (button.textContent !== label.text) button.textContent = label.text;
}

function setOrRemove(el: Element, name: string, value: string): void {
  if (!value) el.removeAttribute(name);
  else if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

export function removeBadge(el: Element): void {
  const host = hostOf(el);
  if (host) {
    badges.delete(host);
    host.remove();
  }
  el.removeAttribute(BADGED_ATTR);
}

/** Flashes the item (after "reveal"), inside its badge's shadow root: the page can't tell which item the user opened. */
export function highlight(el: Element, itemId: string, ms = 1600): void {
  ensureBadgeStyle(el.ownerDocument);
  const { frame } = ensureHost(el, itemId);
  frame.setAttribute('data-highlight', 'true');
  setTimeout(() => frame.removeAttribute('data-highlight'), ms);
}
