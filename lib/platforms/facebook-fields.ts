/**
 * Facebook: how each field of a comment is read, as named strategies in order of preference (strategy.ts).
 * lastSeen: the month the markup was last seen on facebook.com (real saved pages, 2022-01 … 2025-12).
 */
import { FB_HOSTS, FB_LABEL_NAME_PATTERNS, FB_NON_PROFILE_PATH, FB_SELECTORS as S } from './facebook-selectors';
import { cleanUrl, closestFirst, readVisibleText } from './dom-helpers';
import { bodyBlocks, isCareSideUi, isNestedArticle, owningArticle, ownedAll } from './facebook-body';
import { readMedia, type ItemMedia } from './media';
import { readField, selectorStrategy, type FieldStrategies } from './strategy';

export const FB_ORIGIN = 'https://www.facebook.com';

export function parseHref(href: string | null): URL | null {
  if (!href) return null;
  try {
    return new URL(href, FB_ORIGIN);
  } catch {
    return null;
  }
}

const isPostPath = (link: Element): boolean =>
  FB_NON_PROFILE_PATH.test(parseHref(link.getAttribute('href'))?.pathname ?? '');

/** What a comment is read from: its article and the blocks of its body (links in the body are not its own). */
export interface CommentContext {
  article: Element;
  body: Element[];
}

/** Item containers: posts and comments are both articles; these tell a comment, then a post. */
export const FB_ITEM: FieldStrategies<Element, 'comment' | 'post'> = [
  { name: 'article nested in an article', lastSeen: '2025-12', read: (el) => (isNestedArticle(el) ? 'comment' : null) },
  {
    // The photo viewer (2022-01) has no post article around its comments.
    name: 'article owning a comment link',
    lastSeen: '2022-01',
    read: (el) =>
      ownedAll(el, S.commentIdLink).length > 0 && ownedAll(el, S.postLink).length === 0 ? 'comment' : null,
  },
  {
    name: 'article owning a post link',
    lastSeen: '2025-12',
    read: (el) => (ownedAll(el, S.postLink).length > 0 ? 'post' : null),
  },
];

/** What kind of item an article is, or null when it is neither (a card with no permalink). */
export const itemKindOf = (article: Element): 'comment' | 'post' | null => readField('item', FB_ITEM, article);
export const isCommentArticle = (article: Element): boolean => itemKindOf(article) === 'comment';

/** The comment_id links that are the comment's own: never one inside what the person wrote. */
function ownIdLinks(c: CommentContext): Element[] {
  return ownedAll(c.article, S.commentIdLink).filter((link) => !c.body.some((block) => block.contains(link)));
}

export const FB_COMMENT_ID: FieldStrategies<CommentContext, Element> = [
  { name: 'time permalink with comment_id', lastSeen: '2025-12', read: (c) => ownIdLinks(c).find(isPostPath) },
  { name: 'last own comment_id link', lastSeen: '2025-12', read: (c) => ownIdLinks(c).pop() },
];

export interface Author {
  name: string;
  profile: string;
}

/** The first owned profile link with visible text, outside the comment body. */
function authorFromLinks({ article, body }: CommentContext): Author | null {
  for (const link of ownedAll(article, S.links)) {
    if (link.getAttribute('aria-hidden') === 'true' || body.some((block) => block.contains(link))) continue;
    const url = parseHref(link.getAttribute('href'));
    if (!url || FB_NON_PROFILE_PATH.test(url.pathname)) continue;
    // Only our badge is skipped: a role=button wrapper inside the name link is still the name.
    const name = readVisibleText(link, { skip: isCareSideUi });
    if (!name) continue;
    return { name, profile: cleanUrl(url.toString(), FB_ORIGIN, url.pathname.endsWith('profile.php') ? ['id'] : []) };
  }
  return null;
}

export const FB_AUTHOR: FieldStrategies<CommentContext, Author> = [
  { name: 'profile link with a name', lastSeen: '2025-12', read: authorFromLinks },
  {
    // UI words, so only a fallback: a locale we don't know still reads by the link above.
    name: 'aria-label "Comment by"',
    lastSeen: '2025-12',
    read: ({ article }) => {
      const label = article.getAttribute('aria-label') ?? '';
      const match = FB_LABEL_NAME_PATTERNS.map((p) => label.match(p)).find(Boolean);
      return match ? { name: match[1], profile: '' } : null;
    },
  },
];

export const FB_HANDLE: FieldStrategies<Author, string> = [
  { name: 'author profile link', lastSeen: '2025-12', read: (author) => author.profile },
];

/** Nesting: a reply's list item sits inside another comment's list item within the post. */
function isInThread(article: Element): boolean {
  const item = closestFirst(article, S.listItem);
  const outer = item?.parentElement ? closestFirst(item.parentElement, S.listItem) : null;
  return outer !== null && outer !== undefined && owningArticle(outer) === owningArticle(item as Element);
}

/** A reply's parent: the id from reply_comment_id, else only that it is a reply (true). */
export const FB_PARENT_ID: FieldStrategies<{ article: Element; parentId?: string }, string | true> = [
  { name: 'reply_comment_id', lastSeen: '2022-04', read: (c) => c.parentId },
  { name: 'nested list item', lastSeen: '2025-12', read: (c) => isInThread(c.article) || null },
];

const nonEmpty = (blocks: Element[]): Element[] | null => (blocks.length > 0 ? blocks : null);

export const FB_BODY: FieldStrategies<Element, Element[]> = [
  { name: 'div dir=auto blocks', lastSeen: '2025-12', read: (a) => nonEmpty(bodyBlocks(a, S.textBlock[0])) },
  {
    // Structural: any dir=auto element outside links, headings, the action row and short buttons.
    name: 'any dir=auto block',
    lastSeen: '2025-12',
    read: (a) => nonEmpty(bodyBlocks(a, '[dir="auto"]', true)),
  },
];

/** The relative time shown on the permalink ("2h", "3 giorni"), or its label when it shows none. */
export const FB_TIME_LABEL: FieldStrategies<Element, string> = [
  { name: 'permalink text', lastSeen: '2025-12', read: (link) => (link.textContent ?? '').trim() },
  { name: 'permalink aria-label', lastSeen: '2025-12', read: (link) => link.getAttribute('aria-label') },
];

/**
 * A sticker, GIF or photo that is the comment: not an avatar or icon (inside a profile link, an svg or a
 * button), not a reply's (nested article), not our badge.
 */
export const FB_MEDIA: FieldStrategies<Element, ItemMedia> = [
  {
    name: 'image, video or role=img outside avatars',
    lastSeen: '2025-12',
    read: (article) =>
      readMedia(article, S.media, (el) => {
        if (owningArticle(el) !== article || el.closest('svg, [role="button"], [data-careside-badge-host]'))
          return true;
        if (el.tagName === 'svg') return true;
        const link = el.closest('a[href]');
        return link !== null && !isPostPath(link);
      }),
  },
  {
    // A sticker is a button around its image, the image described by its alt.
    name: 'described image in a button',
    lastSeen: '2025-12',
    read: (article) =>
      readMedia(article, S.media, (el) => {
        if (owningArticle(el) !== article || el.closest('svg, a[href], [data-careside-badge-host]')) return true;
        const described = el.getAttribute('role') !== 'presentation' && (el.getAttribute('alt') ?? '').trim() !== '';
        return !described || el.closest('[role="button"]') === null;
      }),
  },
  {
    // A GIF from a GIF service is an image behind a link that leaves Facebook (l.facebook.com/l.php?u=…).
    name: 'image behind an outbound link',
    lastSeen: '2024-03',
    read: (article) =>
      readMedia(article, S.media, (el) => {
        if (owningArticle(el) !== article || el.closest('svg, [data-careside-badge-host]')) return true;
        const host = parseHref(el.closest('a[href]')?.getAttribute('href') ?? null)?.hostname;
        return host === undefined || FB_HOSTS.includes(host);
      }),
  },
];

/** The reply editors within the thread's container: unioned, so a box that appears is found by any of them. */
export const FB_REPLY_BOX = [
  selectorStrategy('Lexical editor', '2025-12', S.composer[0]),
  selectorStrategy('editable textbox', '2025-12', S.composer[1]),
  selectorStrategy('editable div', '2025-12', S.composer[2]),
] as const;

/** Every field's strategies, for tests and the reading report. */
export const FB_STRATEGIES = {
  item: FB_ITEM,
  id: FB_COMMENT_ID,
  parentId: FB_PARENT_ID,
  author: FB_AUTHOR,
  handle: FB_HANDLE,
  text: FB_BODY,
  time: FB_TIME_LABEL,
  media: FB_MEDIA,
  replyBox: FB_REPLY_BOX,
} as const;
