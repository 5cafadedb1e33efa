/**
 * Walks what a snapshot keeps: the roots' subtrees in full, and their ancestors as empty shells (so nesting,
 * roles and the document's own attributes survive while the rest of the page is left out). Scripts, styles,
 * frames, sources and CareSide's own UI are never visited; an svg is visited as an empty shell.
 */

import { isBadgeNode } from '../badges';
import { FRAME_HOST_ATTR } from '../panel-frame';

const SVG_NS = 'http://www.w3.org/2000/svg';
const HTML_NS = 'http://www.w3.org/1999/xhtml';
const DROPPED = new Set(
  'script style link iframe frame frameset noscript template object embed param canvas meta base head source track audio'.split(
    ' ',
  ),
);

export interface Visitor {
  /** shell: an ancestor of a root, kept without its other children. empty: children are not visited. */
  open(el: Element, tag: string, options: { shell: boolean; empty: boolean }): void;
  text(value: string): void;
  close(tag: string): void;
}

/** Our panel frame's host and the badges we draw in items (their attributes on the items are dropped elsewhere). */
function isCareSideUi(el: Element): boolean {
  return el.tagName.toLowerCase().startsWith('careside-') || el.hasAttribute(FRAME_HOST_ATTR) || isBadgeNode(el);
}

/** svg keeps its shell when it says something to assistive tech (a role, a label) or to the readers (a testid). */
function svgSaysSomething(el: Element): boolean {
  return Array.from(el.attributes).some(
    (attr) =>
      attr.name === 'role' ||
      attr.name === 'data-testid' ||
      (attr.name.startsWith('aria-') && attr.name !== 'aria-hidden'),
  );
}

/** The element's tag, or null when the snapshot leaves it out. */
function keptTag(el: Element): string | null {
  const tag = el.tagName.toLowerCase();
  if (el.namespaceURI === SVG_NS) return tag === 'svg' && svgSaysSomething(el) ? 'svg' : null;
  if (el.namespaceURI && el.namespaceURI !== HTML_NS) return null;
  if (DROPPED.has(tag) || isCareSideUi(el)) return null;
  return tag;
}

export function walkKept(doc: Document, roots: readonly Element[], visitor: Visitor): void {
  const rootSet = new Set(roots);
  const shells = new Set<Element>();
  for (const root of roots) for (let up = root.parentElement; up; up = up.parentElement) shells.add(up);

  const visit = (node: Node, full: boolean): void => {
    if (node.nodeType === 3) {
      if (full) visitor.text(node.nodeValue ?? '');
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const inside = full || rootSet.has(el);
    if (!inside && !shells.has(el)) return;
    const tag = keptTag(el);
    if (!tag) return;
    const empty = tag === 'svg' || (tag === 'video' && inside);
    visitor.open(el, tag, { shell: !inside, empty });
    if (!empty) for (let child = el.firstChild; child; child = child.nextSibling) visit(child, inside);
    visitor.close(tag);
  };
  if (doc.documentElement) visit(doc.documentElement, false);
}
