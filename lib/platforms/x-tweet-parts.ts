/** What belongs to one tweet (not to a tweet it quotes), and the handle or status a link points to. */
import { X_HANDLE, X_SELECTORS as S, X_STATUS_PATH } from './x-selectors';
import { queryAllFirst, queryAllUnion } from './dom-helpers';

/**
 * The quoted tweets inside a tweet: role=link boxes with a time of their own, while the tweet keeps a time
 * outside them. A role=link wrapper around the whole tweet (markup we have not seen) is not a quote.
 * Not cached by node: X recycles the elements, so a cache keyed by node would describe another tweet.
 */
function quotedTweets(article: Element): Element[] {
  // Every time, linked or not: a quoted tweet's time need not be a link of its own (the whole box is one).
  const times = queryAllUnion(article, S.time);
  return queryAllFirst(article, S.quotedTweet).filter(
    (box) => box !== article && times.some((t) => box.contains(t)) && times.some((t) => !box.contains(t)),
  );
}

/** While one tweet is read, its quoted tweets are found once (about seven lookups use them). */
let reading: { article: Element; owned: (node: Element) => boolean } | null = null;

/** Whether a node belongs to this tweet itself, not to a quoted tweet nested inside it. */
export function ownedTest(article: Element): (node: Element) => boolean {
  if (reading?.article === article) return reading.owned;
  const quotes = quotedTweets(article);
  return (node) => !quotes.some((quote) => quote.contains(node));
}

export function ownedAll(article: Element, selectors: readonly string[]): Element[] {
  return queryAllFirst(article, selectors).filter(ownedTest(article));
}

/** Runs fn with the tweet's quoted tweets found once. */
export function whileReading<T>(article: Element, fn: () => T): T {
  reading = { article, owned: ownedTest(article) };
  try {
    return fn();
  } finally {
    reading = null;
  }
}

export function pathOf(href: string | null): string {
  return (href ?? '').replace(/^https?:\/\/[^/]+/, '');
}

export function handleFromHref(href: string | null): string | null {
  if (!href) return null;
  const path = pathOf(href);
  const status = path.match(X_STATUS_PATH);
  if (status) return status[1];
  const handle = path.slice(1).split(/[/?#]/)[0];
  return X_HANDLE.test(handle) ? handle : null;
}

export interface StatusRef {
  id: string;
  handle: string;
  time: Element | null;
}

/** /handle/status/ID from a link, with the time element that dates it (if any). */
export function statusOfLink(link: Element | null | undefined, time: Element | null): StatusRef | null {
  const match = pathOf(link?.getAttribute('href') ?? null).match(X_STATUS_PATH);
  return match ? { id: match[2], handle: match[1], time } : null;
}

/** Real buttons and our badge; a div that only says role=button (a wrapper) is content. */
export function skipUi(el: Element): boolean {
  return el.tagName === 'BUTTON' || el.hasAttribute('data-careside-badge-host');
}
