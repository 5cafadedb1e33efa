import type { PlatformAdapter } from './types';
import { FB_HOSTS, FB_REPLY_LABELS, FB_SELECTORS as S } from './facebook-selectors';
import { clickLikeUser, closestFirst, queryAllFirst, queryFirst, themeFromColor, waitFor } from './dom-helpers';
import { parseComment, parsePost } from './facebook-read';
import { FB_BODY, FB_REPLY_BOX, isCommentArticle, itemKindOf } from './facebook-fields';
import { readField } from './strategy';

const REPLY_BOX_SELECTOR = FB_REPLY_BOX.map((s) => s.selector).join(', ');
import { owningArticle, ownedAll, seeMoreButton } from './facebook-body';

/** Where a thread lives, for snapshots: a dialog (a post opened over the feed), else the main column. */
const THREAD_ROOT = ['[role="dialog"]', '[role="main"]', 'main', '[role="feed"]'];

/** Behind a modal dialog (a post opened over the feed) the page is aria-hidden: the user sees only the dialog. */
const isHiddenFromUser = (el: Element): boolean => closestFirst(el, S.hiddenFromUser) !== null;

/** The comment's Reply button: localised label first, else the second button of its action row. */
function replyButtonOf(article: Element): Element | null {
  const buttons = ownedAll(article, S.button);
  const byLabel = buttons.find((b) => FB_REPLY_LABELS.includes((b.textContent ?? '').trim().toLowerCase()));
  if (byLabel) return byLabel;
  const timeLink = ownedAll(article, S.commentIdLink).pop();
  const row = timeLink ? closestFirst(timeLink, S.actionList) : null;
  const rowButtons = row ? queryAllFirst(row, S.button) : [];
  return rowButtons[1] ?? null;
}

/** Facebook opens the reply box at the end of the thread: the outermost list item inside the post. */
function threadContainer(article: Element): Element {
  const post = article.parentElement ? owningArticle(article.parentElement) : null;
  let container: Element = article.parentElement ?? article;
  let item = closestFirst(article, S.listItem);
  while (item && (!post || post.contains(item))) {
    container = item;
    item = item.parentElement ? closestFirst(item.parentElement, S.listItem) : null;
  }
  return container;
}

function composersIn(scope: Element): HTMLElement[] {
  return Array.from(scope.querySelectorAll(REPLY_BOX_SELECTOR)) as HTMLElement[];
}

export const facebookAdapter: PlatformAdapter = {
  platform: 'facebook',
  matchesUrl(url) {
    try {
      return FB_HOSTS.includes(new URL(url).hostname);
    } catch {
      return false;
    }
  },
  findItemElements(root) {
    const found = queryAllFirst(root, S.article);
    if ('matches' in root && (root as Element).matches(S.article[0])) found.unshift(root as Element);
    return found.filter((el) => itemKindOf(el) !== null && !isHiddenFromUser(el));
  },
  closestItemElement(node) {
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    let article = el ? owningArticle(el) : null;
    while (article && itemKindOf(article) === null) {
      article = article.parentElement ? owningArticle(article.parentElement) : null;
    }
    return article && !isHiddenFromUser(article) ? article : null;
  },
  parseItem(el, now) {
    return itemKindOf(el) === 'comment' ? parseComment(el, now) : parsePost(el, now);
  },
  expandItem(el) {
    if (!isCommentArticle(el)) return false;
    const button = seeMoreButton(el, readField('text', FB_BODY, el) ?? []);
    if (!button) return false;
    clickLikeUser(button);
    return true;
  },
  async openReplyBox(el) {
    if (!isCommentArticle(el)) return null;
    const container = threadContainer(el);
    const before = new Set(composersIn(container));
    const button = replyButtonOf(el);
    if (!button) return null;
    clickLikeUser(button);
    return waitFor(() => {
      const boxes = composersIn(container);
      const active = el.ownerDocument.activeElement;
      const focused = boxes.find((box) => box === active || box.contains(active));
      return focused ?? boxes.find((box) => !before.has(box)) ?? boxes[boxes.length - 1] ?? null;
    }, 4000);
  },
  isReplyBoxReady(box) {
    return box.isConnected && box.isContentEditable;
  },
  themeOf(doc) {
    const root = doc.documentElement;
    if (root.classList.contains('__fb-dark-mode')) return 'dark';
    if (root.classList.contains('__fb-light-mode')) return 'light';
    const view = doc.defaultView;
    if (!view || !doc.body) return 'light';
    return themeFromColor(view.getComputedStyle(doc.body).backgroundColor) ?? 'light';
  },
  snapshotRoots(doc, items) {
    const roots = new Set(items.map((item) => closestFirst(item, THREAD_ROOT) ?? item));
    const main = roots.size === 0 ? queryFirst(doc, THREAD_ROOT.slice(1)) : null;
    return main ? [main] : [...roots];
  },
};
