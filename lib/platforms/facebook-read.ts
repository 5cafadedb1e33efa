/** Reading one Facebook comment or post, each field by its strategies (facebook-fields). */
import type { SocialItem } from '@/lib/shared/model/social-item';
import { FB_NON_PROFILE_PATH, FB_SELECTORS as S } from './facebook-selectors';
import { cleanUrl, queryFirst, readVisibleText } from './dom-helpers';
import { bodyText, ownedAll, skipUi } from './facebook-body';
import {
  FB_AUTHOR,
  FB_BODY,
  FB_COMMENT_ID,
  FB_HANDLE,
  FB_MEDIA,
  FB_PARENT_ID,
  FB_ORIGIN,
  FB_TIME_LABEL,
  parseHref,
  type CommentContext,
} from './facebook-fields';
import { readField } from './strategy';
import { parseRelativeTime } from './relative-time';

interface CommentIds {
  id: string;
  parentId?: string;
  permalink: string;
  timeLabel: string;
}

/** comment_id / reply_comment_id from the comment's own permalink (the time link). */
function readCommentIds(context: CommentContext, pageUrl: string): CommentIds | null {
  const timeLink = readField('id', FB_COMMENT_ID, context);
  const url = parseHref(timeLink?.getAttribute('href') ?? null);
  const commentId = url?.searchParams.get('comment_id');
  if (!timeLink || !url || !commentId) return null;
  const replyId = url.searchParams.get('reply_comment_id');
  const isPostLink = FB_NON_PROFILE_PATH.test(url.pathname);
  const base = isPostLink ? url.toString() : cleanUrl(pageUrl, pageUrl);
  return {
    id: replyId ?? commentId,
    ...(replyId ? { parentId: commentId } : {}),
    // fbid: a comment in the photo viewer is linked on the photo (/photo/?fbid=…&comment_id=…).
    permalink: cleanUrl(base, pageUrl, ['story_fbid', 'id', 'fbid', 'comment_id', 'reply_comment_id']),
    timeLabel: readField('time', FB_TIME_LABEL, timeLink) ?? '',
  };
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

/** No text: a media-only comment is labelled as such, anything else is reported as unread, never guessed. */
function withoutText(article: Element): Pick<SocialItem, 'media' | 'unread'> {
  const media = readField('media', FB_MEDIA, article);
  return media ? { media } : { unread: ['text'] };
}

export function parseComment(article: Element, now: number): SocialItem | null {
  const doc = article.ownerDocument;
  const pageUrl = doc.defaultView?.location.href ?? FB_ORIGIN;
  const context: CommentContext = { article, body: readField('text', FB_BODY, article) ?? [] };
  const ids = readCommentIds(context, pageUrl);
  if (!ids) return null;
  const author = readField('author', FB_AUTHOR, context);
  if (!author) return null;
  const handle = readField('handle', FB_HANDLE, author) ?? '';
  const time = parseRelativeTime(ids.timeLabel, now);
  const parent = readField('parentId', FB_PARENT_ID, { article, parentId: ids.parentId });
  const isReply = parent !== null;
  const text = bodyText(context.body);
  return {
    platform: 'facebook',
    id: ids.id,
    permalink: ids.permalink,
    authorName: author.name,
    authorHandle: handle,
    text,
    ...(text === '' ? withoutText(article) : {}),
    createdAt: time?.createdAt ?? now,
    createdAtApproximate: true,
    isReply,
    ...(ids.parentId ? { inReplyToId: ids.parentId } : {}),
    isOwn: isOwnProfile(handle, doc),
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
  const authorHref = authorLink?.getAttribute('href') ?? '';
  // A personal profile without a username is profile.php?id=…: the id is the handle (as for comment authors).
  const profile = cleanUrl(
    authorHref,
    FB_ORIGIN,
    parseHref(authorHref)?.pathname.endsWith('profile.php') ? ['id'] : [],
  );
  const time = parseRelativeTime((link?.textContent ?? '').trim(), now);
  return {
    platform: 'facebook',
    id,
    permalink: cleanUrl(url.toString(), FB_ORIGIN, ['story_fbid', 'id']),
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
