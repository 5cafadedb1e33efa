/**
 * X: how each field of a tweet is read, as named strategies in order of preference (see strategy.ts).
 * lastSeen: the month the markup was last seen on x.com (real saved pages, 2025-02 … 2026-02).
 */
import { readMedia, type ItemMedia } from './media';
import { X_SELECTORS as S } from './x-selectors';
import { closestFirst, queryAllUnion, readVisibleText } from './dom-helpers';
import { selectorStrategy, type FieldStrategies } from './strategy';
import { handleFromHref, ownedAll, ownedTest, pathOf, skipUi, statusOfLink, type StatusRef } from './x-tweet-parts';

export interface TweetContext {
  article: Element;
  status: StatusRef;
}

/** Item containers: unioned, not first-match (a page where some tweets lost their test id still yields all). */
export const X_ITEM = [
  selectorStrategy('tweet test id', '2026-02', S.tweet[0]),
  selectorStrategy('article role', '2026-02', S.tweet[1]),
  selectorStrategy('any article', '2026-02', S.tweet[2]),
] as const;

/** The tweet's own permalink /handle/status/ID, preferably the link that wraps its time. */
export const X_ID: FieldStrategies<Element, StatusRef> = [
  {
    name: 'status link around time',
    lastSeen: '2026-02',
    read: (article) => {
      for (const time of ownedAll(article, [S.time[0]])) {
        const status = statusOfLink(time.parentElement, time);
        if (status) return status;
      }
      return null;
    },
  },
  {
    name: 'time inside status link',
    lastSeen: '2026-02',
    read: (article) => {
      for (const time of ownedAll(article, [S.time[1]])) {
        const status = statusOfLink(time.closest('a'), time);
        if (status) return status;
      }
      return null;
    },
  },
  {
    // Structural: a tweet's own links to itself (photo, analytics, time without datetime) outside its text.
    name: 'own status link',
    lastSeen: '2026-02',
    read: (article) => {
      const links = ownedAll(article, S.statusLink).filter((a) => !S.tweetText.some((t) => a.closest(t)));
      return statusOfLink(links[0], null);
    },
  },
];

/** Without the User-Name block: the first profile link to the status's author that shows a name. */
function authorLinkByHref({ article, status }: TweetContext): Element | null {
  const profile = `/${status.handle}`.toLowerCase();
  // Every profile link, not only the first selector's matches: the name link may lack role=link.
  for (const link of queryAllUnion(article, S.profileLink).filter(ownedTest(article))) {
    if (pathOf(link.getAttribute('href')).toLowerCase() !== profile) continue;
    const text = (link.textContent ?? '').trim(); // real text, not an avatar's alt
    if (text && !text.startsWith('@')) return link;
  }
  return null;
}

const SHOWS_SOMETHING = /[\p{L}\p{N}\p{Extended_Pictographic}]/u;
const userNameBlock = (c: TweetContext): Element | null => ownedAll(c.article, S.userName)[0] ?? null;
const nameText = (node: Element | null): string =>
  node ? readVisibleText(node, { skip: skipUi }).split('\n')[0].trim() : '';

/** The name in a User-Name block whose link is gone: its first dir block that is not "@handle", "·" or the time. */
function nameInBlock(block: Element | null): string | null {
  for (const el of Array.from(block?.querySelectorAll('[dir]') ?? [])) {
    if (el.closest('time') || el.querySelector('time')) continue;
    const text = nameText(el);
    if (text && !text.startsWith('@') && SHOWS_SOMETHING.test(text)) return text;
  }
  return null;
}

export const X_HANDLE_FIELD: FieldStrategies<TweetContext, string> = [
  {
    name: 'User-Name profile link',
    lastSeen: '2026-02',
    read: (c) => handleFromHref(userNameBlock(c)?.querySelector('a[href]')?.getAttribute('href') ?? null),
  },
  { name: 'status permalink', lastSeen: '2026-02', read: (c) => c.status.handle },
];

export const X_AUTHOR: FieldStrategies<TweetContext, string> = [
  {
    name: 'User-Name name link',
    lastSeen: '2026-02',
    read: (c) => nameText(userNameBlock(c)?.querySelector('a[href]') ?? null),
  },
  { name: 'profile link with a name', lastSeen: '2026-02', read: (c) => nameText(authorLinkByHref(c)) },
  { name: 'User-Name block', lastSeen: '2026-02', read: (c) => nameInBlock(userNameBlock(c)) },
];

/** Blocks that are never what the person wrote: links (names, handles, time), the action row, buttons, our UI. */
const NOT_TEXT = 'a[href], [role="group"], button, time, [data-careside-badge-host]';

/** Structural: the largest dir=auto block of the tweet outside links, the action row and the User-Name block. */
function largestOwnBlock(article: Element): string | null {
  const owned = ownedTest(article);
  let best = '';
  for (const block of Array.from(article.querySelectorAll('[dir="auto"]'))) {
    if (!owned(block)) continue;
    const outside = block.closest(NOT_TEXT);
    if (outside && article.contains(outside)) continue;
    if (S.userName.some((u) => block.closest(u))) continue;
    const text = readVisibleText(block, { skip: skipUi });
    if (text.length > best.length && SHOWS_SOMETHING.test(text)) best = text;
  }
  return best || null;
}

const textOf = (selector: string) => (article: Element) => {
  const node = ownedAll(article, [selector])[0];
  return node ? readVisibleText(node, { skip: skipUi }) : null;
};

export const X_TEXT: FieldStrategies<Element, string> = [
  { name: 'tweetText test id', lastSeen: '2026-02', read: textOf(S.tweetText[0]) },
  { name: 'Article title test id', lastSeen: '2026-02', read: textOf(S.tweetText[1]) },
  { name: 'block with lang', lastSeen: '2026-02', read: textOf(S.tweetText[2]) },
  { name: 'largest dir=auto block', lastSeen: '2026-02', read: largestOwnBlock },
];

/** "Replying to @x": a profile link shown as @handle outside the author block and the text (not the author's own). */
function hasReplyingToLine({ article, status }: TweetContext): boolean {
  const author = status.handle.toLowerCase();
  return ownedAll(article, S.profileLink).some((link) => {
    if (closestFirst(link, S.userName) || closestFirst(link, S.tweetText)) return false;
    const text = (link.textContent ?? '').trim();
    return text.startsWith('@') && text.slice(1).toLowerCase() !== author;
  });
}

/** A reply's parent: the id when the page's structure tells it, else only that it is a reply (true). */
export const X_PARENT_ID: FieldStrategies<TweetContext & { focusedId: string | null }, string | true> = [
  { name: 'status page order', lastSeen: '2026-02', read: (c) => c.focusedId },
  { name: 'Replying-to line', lastSeen: 'unseen', read: (c) => hasReplyingToLine(c) || null },
];

export const X_TIME: FieldStrategies<TweetContext, number> = [
  { name: 'permalink time', lastSeen: '2026-02', read: (c) => datetime(c.status.time) },
  { name: 'first own time', lastSeen: '2026-02', read: (c) => datetime(ownedAll(c.article, [S.time[1]])[0] ?? null) },
];

function datetime(time: Element | null): number | null {
  const parsed = Date.parse(time?.getAttribute('datetime') ?? '');
  return Number.isFinite(parsed) ? parsed : null;
}

/** Media that stands for a tweet with no text; never the avatar, a quoted tweet's, or our badge. */
function mediaBy(selector: string) {
  return (article: Element): ItemMedia | null => {
    const owned = ownedTest(article);
    return readMedia(article, [selector], (el) => {
      if (!owned(el) || el.closest('[data-careside-badge-host]')) return true;
      return S.avatar.some((a) => el.closest(a) !== null) || S.quotedTweet.some((q) => el.closest(q) !== null);
    });
  };
}

export const X_MEDIA: FieldStrategies<Element, ItemMedia> = [
  { name: 'photo and video test ids', lastSeen: '2026-02', read: mediaBy(S.media[0]) },
  { name: 'image outside the avatar', lastSeen: '2026-02', read: mediaBy(S.media[1]) },
];

/** The reply editor within a scope (the reply dialog, or the page for the inline composer). */
export const X_REPLY_BOX = [
  selectorStrategy('tweetTextarea test id', '2026-02', S.composer[0]),
  selectorStrategy('Draft.js editor', '2026-02', S.composer[1]),
  selectorStrategy('Lexical editor', 'unseen', S.composer[2]),
  selectorStrategy('textarea test id', 'unseen', S.composer[3]),
  selectorStrategy('editable textbox', '2026-02', '[contenteditable="true"][role="textbox"]'),
] as const;

/** Every field's strategies, for tests and the reading report. */
export const X_STRATEGIES = {
  item: X_ITEM,
  id: X_ID,
  parentId: X_PARENT_ID,
  author: X_AUTHOR,
  handle: X_HANDLE_FIELD,
  text: X_TEXT,
  time: X_TIME,
  media: X_MEDIA,
  replyBox: X_REPLY_BOX,
} as const;
