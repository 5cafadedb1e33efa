/** Facebook comment structure (which article owns what) and the blocks a comment's body is made of. */
import { FB_SELECTORS as S, FB_SEE_MORE_LABELS } from './facebook-selectors';
import { closestFirst, queryAllFirst, readVisibleText } from './dom-helpers';

/** The nearest article that contains node: used to decide which article a link belongs to. */
export function owningArticle(node: Element): Element | null {
  return closestFirst(node, S.article);
}

export function ownedAll(article: Element, selectors: readonly string[]): Element[] {
  return queryAllFirst(article, selectors).filter((node) => owningArticle(node) === article);
}

/** A comment is an article nested inside another article (structure, not labels). */
export function isNestedArticle(el: Element): boolean {
  return el.parentElement !== null && owningArticle(el.parentElement) !== null;
}

export function isCareSideUi(el: Element): boolean {
  return el.hasAttribute('data-careside-badge-host');
}

/**
 * UI inside a comment body: our badge, and buttons such as "See more": a short label with letters and no image.
 * A role=button that wraps content (an emoji, a whole paragraph) is read.
 */
export function skipUi(el: Element): boolean {
  if (isCareSideUi(el)) return true;
  if (el.getAttribute('role') !== 'button' || el.querySelector('img')) return false;
  const label = (el.textContent ?? '').trim();
  return label.length <= 25 && /\p{L}/u.test(label);
}

/**
 * A link or heading around a text block makes it UI (a name, a title), not the comment. role=button does not:
 * Facebook wraps whole bubbles, or just the text, in role=button, while its real buttons ("See more", "Reply")
 * hold a short label, not a div[dir=auto] paragraph.
 */
function isInsideControl(block: Element, article: Element): boolean {
  const control = closestFirst(block, S.control);
  return control !== null && article.contains(control);
}

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING, without a global Node (tests run in other realms)

/** Inside the action row (Like · Reply · time) or a short-label button: never the comment's words. */
function isInsideActions(block: Element, article: Element): boolean {
  const row = closestFirst(block, S.actionList);
  if (row && article.contains(row)) return true;
  const button = block.closest('[role="button"]');
  return button !== null && article.contains(button) && skipUi(button);
}

/**
 * Outermost owned text blocks (matching `selector`) that are not inside a control: the comment body. Blocks
 * after the comment's first photo or link card are the card's title and domain, not what the person wrote.
 * `structural` also leaves out the action row, for selectors loose enough to reach it.
 */
export function bodyBlocks(article: Element, selector: string, structural = false): Element[] {
  const blocks = ownedAll(article, [selector]).filter((block) => {
    const outer = block.parentElement?.closest(selector);
    if (outer && article.contains(outer)) return false;
    if (structural && isInsideActions(block, article)) return false;
    return !isInsideControl(block, article);
  });
  const attachment = blocks.length > 1 ? attachmentOf(article, blocks) : null;
  return attachment ? blocks.filter((block) => !(attachment.compareDocumentPosition(block) & FOLLOWING)) : blocks;
}

/** The first image or video of the comment outside its text (a photo, a link card), if any. */
function attachmentOf(article: Element, blocks: Element[]): Element | null {
  for (const media of queryAllFirst(article, S.media)) {
    if (owningArticle(media) !== article || blocks.some((block) => block.contains(media))) continue;
    if (media.tagName === 'svg' || media.closest('svg')) continue;
    if (media.compareDocumentPosition(blocks[0]) & FOLLOWING) continue; // the avatar, before the text
    return media;
  }
  return null;
}

export function bodyText(blocks: Element[]): string {
  return blocks
    .map((block) => readVisibleText(block, { skip: skipUi }))
    .filter(Boolean)
    .join('\n');
}

/** The in-place "See more" button inside a comment body (label fast path, else any body button). */
export function seeMoreButton(article: Element, body: Element[]): Element | null {
  const buttons = body.flatMap((block) => queryAllFirst(block, S.button));
  const byLabel = buttons.find((b) => FB_SEE_MORE_LABELS.includes((b.textContent ?? '').trim().toLowerCase()));
  return byLabel ?? buttons[0] ?? null;
}
