import type { PlatformAdapter } from './types';
import { parseTweet, readStatus } from './x-read';
import { ownedAll } from './x-tweet-parts';
import { X_HOSTS, X_SELECTORS as S } from './x-selectors';
import { X_ITEM, X_REPLY_BOX } from './x-fields';
import { readField } from './strategy';
import { clickLikeUser, closestFirst, queryAllFirst, queryFirst, themeFromColor, waitFor } from './dom-helpers';

/** Where a thread lives, for snapshots: a dialog, else the main column. */
const THREAD_ROOT = ['[role="dialog"]', 'main', '[role="main"]'];

/** The nearest tweet container, by any of the selectors. */
const ITEM_SELECTOR = X_ITEM.map((s) => s.selector).join(', ');
const closestUnion = (el: Element | null): Element | null => el?.closest(ITEM_SELECTOR) ?? null;

function composerIn(scope: ParentNode): HTMLElement | null {
  return readField('replyBox', X_REPLY_BOX, scope) as HTMLElement | null;
}

/** The reply dialog that quotes this tweet: X can drop the reply context, so we check the id. */
function replyDialogFor(doc: Document, tweetId: string): HTMLElement | null {
  for (const dialog of queryAllFirst(doc, S.dialog)) {
    const mentionsTweet = queryAllFirst(dialog, S.statusLink).some((a) =>
      (a.getAttribute('href') ?? '').includes(`/status/${tweetId}`),
    );
    const composer = composerIn(dialog);
    if (mentionsTweet && composer) return composer;
  }
  return null;
}

export const xAdapter: PlatformAdapter = {
  platform: 'x',
  matchesUrl(url) {
    try {
      return X_HOSTS.includes(new URL(url).hostname);
    } catch {
      return false;
    }
  },
  findItemElements(root) {
    // Outermost only: an article inside another one belongs to it.
    return Array.from(root.querySelectorAll(ITEM_SELECTOR)).filter(
      (el) => !el.parentElement || !closestUnion(el.parentElement),
    );
  },
  closestItemElement(node) {
    let el = closestUnion(node.nodeType === 1 ? (node as Element) : node.parentElement);
    // The outermost article: a quoted tweet's parts belong to the tweet that quotes it.
    for (let outer = el?.parentElement ? closestUnion(el.parentElement) : null; outer;) {
      el = outer;
      outer = outer.parentElement ? closestUnion(outer.parentElement) : null;
    }
    return el;
  },
  parseItem: parseTweet,
  expandItem(el) {
    const button = ownedAll(el, S.showMore)[0];
    // A link navigates away (the home timeline's "Show more" is a div with role=link): leave it alone.
    if (!button || button.tagName === 'A' || button.getAttribute('role') === 'link') return false;
    clickLikeUser(button);
    return true;
  },
  async openReplyBox(el) {
    const status = readStatus(el);
    if (!status) return null;
    const existing = replyDialogFor(el.ownerDocument, status.id);
    if (existing) return existing;
    const button = ownedAll(el, S.replyButton)[0];
    if (!button) return null;
    clickLikeUser(button);
    return waitFor(() => replyDialogFor(el.ownerDocument, status.id), 4000);
  },
  isReplyBoxReady(box) {
    return box.isConnected && (box.isContentEditable || box.tagName === 'TEXTAREA');
  },
  postButtonEnabled(box) {
    const scope = closestFirst(box, S.dialog) ?? box.ownerDocument;
    const button = queryFirst(scope, S.postButton);
    if (!button) return false;
    return !button.hasAttribute('disabled') && button.getAttribute('aria-disabled') !== 'true';
  },
  themeOf(doc) {
    const view = doc.defaultView;
    if (!view || !doc.body) return 'light';
    return themeFromColor(view.getComputedStyle(doc.body).backgroundColor) ?? 'light';
  },
  snapshotRoots(doc, items) {
    const roots = new Set(items.map((item) => closestFirst(item, THREAD_ROOT) ?? item));
    const main = roots.size === 0 ? queryFirst(doc, THREAD_ROOT.slice(1)) : null;
    if (main) roots.add(main);
    // The link to the signed-in profile tells the user's own tweets apart.
    const own = queryFirst(doc, S.ownProfileLink);
    if (roots.size > 0 && own) roots.add(own);
    return [...roots];
  },
};
