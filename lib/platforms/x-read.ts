/** Reading one tweet: which parts are its own (not a quoted tweet's), its status, author, text, reply context. */
import type { SocialItem } from '@/lib/model/social-item';
import { readMedia } from './media';
import { X_HANDLE, X_MENTIONS_PATH, X_SELECTORS as S, X_STATUS_PATH } from './x-selectors';
import { closestFirst, queryAllFirst, queryAllUnion, queryFirst, readVisibleText } from './dom-helpers';

const ORIGIN = 'https://x.com';
/** Node.DOCUMENT_POSITION_PRECEDING, without relying on a global Node (tests run in other realms). */
const DOCUMENT_POSITION_PRECEDING = 2;

/**
 * The quoted tweets inside a tweet: role=link boxes with a time of their own, while the tweet keeps a time
 * outside them. A role=link wrapper around the whole tweet (markup we have not seen) is not a quote.
 * Not cached: X recycles the elements, so a cache keyed by node would describe another tweet.
 */
function quotedTweets(article: Element): Element[] {
  const times = queryAllFirst(article, S.time);
  return queryAllFirst(article, S.quotedTweet).filter(
    (box) => box !== article && times.some((t) => box.contains(t)) && times.some((t) => !box.contains(t)),
  );
}

/** While parseTweet reads one tweet, its quoted tweets are found once (about seven lookups use them). */
let parsing: { article: Element; owned: (node: Element) => boolean } | null = null;

/** Whether a node belongs to this tweet itself, not to a quoted tweet nested inside it. */
function ownedTest(article: Element): (node: Element) => boolean {
  if (parsing?.article === article) return parsing.owned;
  const quotes = quotedTweets(article);
  return (node) => !quotes.some((quote) => quote.contains(node));
}

export function ownedAll(article: Element, selectors: readonly string[]): Element[] {
  return queryAllFirst(article, selectors).filter(ownedTest(article));
}

/** Real buttons and our badge; a div that only says role=button (a wrapper) is content. */
function skipUi(el: Element): boolean {
  return el.tagName === 'BUTTON' || el.hasAttribute('data-careside-badge-host');
}

function handleFromHref(href: string | null): string | null {
  if (!href) return null;
  const path = href.replace(/^https?:\/\/[^/]+/, '');
  const status = path.match(X_STATUS_PATH);
  if (status) return status[1];
  const handle = path.slice(1).split(/[/?#]/)[0];
  return X_HANDLE.test(handle) ? handle : null;
}

interface StatusRef {
  id: string;
  handle: string;
  time: Element | null;
}

/** The tweet's own permalink: /handle/status/ID, preferably the one wrapping time[datetime]. */
export function readStatus(article: Element): StatusRef | null {
  for (const time of ownedAll(article, S.time)) {
    const link = time.closest('a');
    const match = link
      ?.getAttribute('href')
      ?.replace(/^https?:\/\/[^/]+/, '')
      .match(X_STATUS_PATH);
    if (match) return { id: match[2], handle: match[1], time };
  }
  return null;
}

let ownHandleCache: { doc: Document; at: number; handle: string | null } | null = null;

/** The signed-in account's handle, from the left navigation (cached for a second). */
export function signedInHandle(doc: Document): string | null {
  const now = Date.now();
  if (ownHandleCache && ownHandleCache.doc === doc && now - ownHandleCache.at < 1000) return ownHandleCache.handle;
  const link = queryFirst(doc, S.ownProfileLink);
  const handle = handleFromHref(link?.getAttribute('href') ?? null);
  ownHandleCache = { doc, at: now, handle };
  return handle;
}

/** "Replying to @x" line: a profile link shown as @handle outside the author block and the text. */
function hasReplyingToLine(article: Element, authorHandle: string): boolean {
  // The author's own @handle (next to the name) is not a "Replying to" line, even without the User-Name block.
  const author = authorHandle.toLowerCase();
  return ownedAll(article, S.profileLink).some((link) => {
    if (closestFirst(link, S.userName) || closestFirst(link, S.tweetText)) return false;
    const text = (link.textContent ?? '').trim();
    return text.startsWith('@') && text.slice(1).toLowerCase() !== author;
  });
}

interface ReplyContext {
  isReply: boolean;
  inReplyToId?: string;
  focused: boolean;
}

/** Status page structure: the focused tweet is the post; tweets rendered after it are its replies. */
function replyContext(article: Element, status: StatusRef): ReplyContext {
  const { id } = status;
  const doc = article.ownerDocument;
  const markedReply = hasReplyingToLine(article, status.handle);
  const pathMatch = (doc.defaultView?.location.pathname ?? '').match(X_STATUS_PATH);
  if (!pathMatch) return { isReply: markedReply, focused: false };
  const focused = queryFirst(doc, S.focusedTweet);
  const focusedId = focused ? (readStatus(focused)?.id ?? pathMatch[2]) : pathMatch[2];
  if (id === focusedId) return { isReply: markedReply, focused: true };
  if (focused && focused.compareDocumentPosition(article) & DOCUMENT_POSITION_PRECEDING) {
    return { isReply: markedReply, focused: false }; // an ancestor of the focused tweet
  }
  return { isReply: true, inReplyToId: focusedId, focused: false };
}

/**
 * Without the User-Name block: the first link to the author's profile (from the status link) that shows a
 * name, not "@handle" and not the avatar.
 */
function authorLinkByHref(article: Element, handle: string): Element | null {
  const profile = `/${handle}`.toLowerCase();
  // Every profile link, not only the first selector's matches: the name link may lack role=link.
  const links = queryAllUnion(article, S.profileLink).filter(ownedTest(article));
  for (const link of links) {
    const href = (link.getAttribute('href') ?? '').replace(/^https?:\/\/[^/]+/, '').toLowerCase();
    if (href !== profile) continue;
    // Real text, not an avatar's alt ("Square profile picture").
    const text = (link.textContent ?? '').trim();
    if (text && !text.startsWith('@')) return link;
  }
  return null;
}

/** No text: a tweet that is only a photo, GIF or video says so; anything else is reported as unread. */
function withoutText(article: Element): Pick<SocialItem, 'media' | 'unread'> {
  const owned = ownedTest(article);
  const media = readMedia(article, S.media, (el) => {
    if (!owned(el) || el.closest('[data-careside-badge-host]')) return true;
    return S.avatar.some((avatar) => el.closest(avatar) !== null) || S.quotedTweet.some((q) => el.closest(q) !== null);
  });
  return media ? { media } : { unread: ['text'] };
}

export function parseTweet(article: Element, now: number): SocialItem | null {
  parsing = { article, owned: ownedTest(article) };
  try {
    return readTweet(article, now);
  } finally {
    parsing = null;
  }
}

function readTweet(article: Element, now: number): SocialItem | null {
  if (article.tagName !== 'ARTICLE') return null;
  const status = readStatus(article);
  if (!status) return null;
  const userName = ownedAll(article, S.userName)[0] ?? null;
  const nameLink = userName?.querySelector('a[href]') ?? authorLinkByHref(article, status.handle);
  const handle = handleFromHref(nameLink?.getAttribute('href') ?? null) ?? status.handle;
  const nameNode = nameLink ?? userName;
  const authorName = (nameNode ? readVisibleText(nameNode, { skip: skipUi }) : '') || handle;
  const textNode = ownedAll(article, S.tweetText)[0] ?? null;
  const text = textNode ? readVisibleText(textNode, { skip: skipUi }) : '';
  const parsedTime = Date.parse(status.time?.getAttribute('datetime') ?? '');
  const context = replyContext(article, status);
  const own = signedInHandle(article.ownerDocument);
  const onMentions = X_MENTIONS_PATH.test(article.ownerDocument.defaultView?.location.pathname ?? '');
  const kind = context.focused ? 'post' : onMentions ? 'mention' : context.isReply ? 'reply' : 'post';
  return {
    platform: 'x',
    id: status.id,
    permalink: `${ORIGIN}/${status.handle}/status/${status.id}`,
    authorName: authorName.split('\n')[0].trim(),
    authorHandle: handle,
    text,
    ...(text === '' ? withoutText(article) : {}),
    createdAt: Number.isFinite(parsedTime) ? parsedTime : now,
    createdAtApproximate: !Number.isFinite(parsedTime),
    isReply: context.isReply,
    ...(context.inReplyToId ? { inReplyToId: context.inReplyToId } : {}),
    isOwn: own !== null && own.toLowerCase() === handle.toLowerCase(),
    kind,
  };
}
