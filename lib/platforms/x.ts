import type { PlatformAdapter } from './types';
import { ownedAll, parseTweet, readStatus } from './x-read';
import { X_HOSTS, X_SELECTORS as S } from './x-selectors';
import {
  clickLikeUser,
  closestFirst,
  queryAllFirst,
  queryAllUnion,
  queryFirst,
  themeFromColor,
  waitFor,
} from './dom-helpers';

/** The nearest tweet container, by any of the selectors. */
const closestUnion = (el: Element | null): Element | null => el?.closest(S.tweet.join(', ')) ?? null;

function composerIn(scope: ParentNode): HTMLElement | null {
  return queryFirst(scope, S.composer) as HTMLElement | null;
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
    return queryAllUnion(root, S.tweet).filter((el) => !el.parentElement || !closestUnion(el.parentElement));
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
    if (!button || button.tagName === 'A') return false; // a link navigates away: leave it alone
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
};
