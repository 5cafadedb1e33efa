import type { SocialItem } from '@/lib/model/social-item';
import { FB_LABEL_NAME_PATTERNS, FB_NON_PROFILE_PATH, FB_SELECTORS as S } from './facebook-selectors';
import { cleanUrl, closestFirst, queryFirst, readVisibleText } from './dom-helpers';
import { bodyText, isCareSideUi, owningArticle, ownedAll, readBody, skipUi } from './facebook-body';

import { readMedia, type ItemMedia } from './media';
import { parseRelativeTime } from './relative-time';

const ORIGIN = 'https://www.facebook.com';

function parseHref(href: string | null): URL | null {
  if (!href) return null;
  try {
    return new URL(href, ORIGIN);
  } catch {
    return null;
  }
}

interface CommentIds {
  id: string;
  parentId?: string;
  permalink: string;
  timeLabel: string;
}

/** comment_id / reply_comment_id from the comment's own links; the time link is the permalink. */
function readCommentIds(article: Element, pageUrl: string): CommentIds | null {
  const links = ownedAll(article, S.commentIdLink);
  if (links.length === 0) return null;
  const timeLink =
    links.find((a) => FB_NON_PROFILE_PATH.test(parseHref(a.getAttribute('href'))?.pathname ?? '')) ??
    links[links.length - 1];
  const url = parseHref(timeLink.getAttribute('href'));
  const commentId = url?.searchParams.get('comment_id');
  if (!url || !commentId) return null;
  const replyId = url.searchParams.get('reply_comment_id');
  const isPostLink = FB_NON_PROFILE_PATH.test(url.pathname);
  const base = isPostLink ? url.toString() : cleanUrl(pageUrl, pageUrl);
  return {
    id: replyId ?? commentId,
    ...(replyId ? { parentId: commentId } : {}),
    permalink: cleanUrl(base, pageUrl, ['story_fbid', 'id', 'comment_id', 'reply_comment_id']),
    timeLabel: (timeLink.textContent ?? '').trim() || timeLink.getAttribute('aria-label') || '',
  };
}

interface Author {
  name: string;
  profile: string;
}

/** The first owned profile link with visible text, outside the comment body. */
function readAuthor(article: Element, body: Element | null): Author | null {
  for (const link of ownedAll(article, S.links)) {
    if (link.getAttribute('aria-hidden') === 'true' || (body && body.contains(link))) continue;
    const url = parseHref(link.getAttribute('href'));
    if (!url || FB_NON_PROFILE_PATH.test(url.pathname)) continue;
    // Only our badge is skipped: a role=button wrapper inside the name link is still the name.
    const name = readVisibleText(link, { skip: isCareSideUi });
    if (!name) continue;
    return { name, profile: cleanUrl(url.toString(), ORIGIN, url.pathname.endsWith('profile.php') ? ['id'] : []) };
  }
  const label = article.getAttribute('aria-label') ?? '';
  for (const pattern of FB_LABEL_NAME_PATTERNS) {
    const match = label.match(pattern);
    if (match) return { name: match[1], profile: '' };
  }
  return null;
}

/** The page slug this post lives on (/acmeitalia/posts/…): the Page's own comments come from it. */
export function pageSlug(doc: Document): string | null {
  const path = doc.defaultView?.location.pathname ?? '';
  const slug = path.split('/')[1];
  return slug && !FB_NON_PROFILE_PATH.test(`/${slug}/`) && slug !== 'permalink.php' ? slug.toLowerCase() : null;
}

function isOwnProfile(profile: string, doc: Document): boolean {
  const slug = pageSlug(doc);
  const path = parseHref(profile)?.pathname.split('/')[1]?.toLowerCase();
  return slug !== null && path === slug;
}

/** Nesting: a reply's list item sits inside another comment's list item within the post. */
function isInThread(article: Element): boolean {
  const item = closestFirst(article, S.listItem);
  const outer = item?.parentElement ? closestFirst(item.parentElement, S.listItem) : null;
  return outer !== null && outer !== undefined && owningArticle(outer) === owningArticle(item as Element);
}

/**
 * A sticker, GIF or photo that is the comment: not an avatar or icon (inside a profile link, an svg or a
 * button), not a reply's (nested article), not our badge.
 */
function commentMedia(article: Element): ItemMedia | null {
  return readMedia(article, S.media, (el) => {
    if (owningArticle(el) !== article || el.closest('svg, [role="button"], [data-careside-badge-host]')) return true;
    if (el.tagName === 'svg') return true;
    const link = el.closest('a[href]');
    return link !== null && !FB_NON_PROFILE_PATH.test(parseHref(link.getAttribute('href'))?.pathname ?? '');
  });
}

/** No text: a media-only comment is labelled as such, anything else is reported as unread, never guessed. */
function withoutText(article: Element): Pick<SocialItem, 'media' | 'unread'> {
  const media = commentMedia(article);
  return media ? { media } : { unread: ['text'] };
}

export function parseComment(article: Element, now: number): SocialItem | null {
  const doc = article.ownerDocument;
  const pageUrl = doc.defaultView?.location.href ?? ORIGIN;
  const ids = readCommentIds(article, pageUrl);
  if (!ids) return null;
  const blocks = readBody(article);
  const author = readAuthor(article, blocks[0] ?? null);
  if (!author) return null;
  const time = parseRelativeTime(ids.timeLabel, now);
  const isReply = ids.parentId !== undefined || isInThread(article);
  const text = bodyText(blocks);
  return {
    platform: 'facebook',
    id: ids.id,
    permalink: ids.permalink,
    authorName: author.name,
    authorHandle: author.profile,
    text,
    ...(text === '' ? withoutText(article) : {}),
    createdAt: time?.createdAt ?? now,
    createdAtApproximate: true,
    isReply,
    ...(ids.parentId ? { inReplyToId: ids.parentId } : {}),
    isOwn: isOwnProfile(author.profile, doc),
    kind: isReply ? 'reply' : 'comment',
  };
}

export function parsePost(article: Element, now: number): SocialItem | null {
  const link = ownedAll(article, S.postLink)[0];
  const url = parseHref(link?.getAttribute('href') ?? null);
  const id = url?.pathname.match(/\/(?:posts|permalink|videos)\/([\w.-]+)/)?.[1] ?? url?.searchParams.get('story_fbid');
  if (!url || !id) return null;
  const authorLink = ownedAll(article, S.postAuthor)[0];
  const message = queryFirst(article, S.postMessage);
  const profile = cleanUrl(authorLink?.getAttribute('href') ?? '', ORIGIN);
  const time = parseRelativeTime((link?.textContent ?? '').trim(), now);
  return {
    platform: 'facebook',
    id,
    permalink: cleanUrl(url.toString(), ORIGIN, ['story_fbid', 'id']),
    authorName: authorLink ? readVisibleText(authorLink, { skip: skipUi }) : '',
    authorHandle: profile,
    text: message ? readVisibleText(message, { skip: skipUi }) : '',
    createdAt: time?.createdAt ?? now,
    createdAtApproximate: true,
    isReply: false,
    isOwn: isOwnProfile(profile, article.ownerDocument),
    kind: 'post',
  };
}
