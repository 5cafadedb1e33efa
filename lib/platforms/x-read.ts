/** Reading one tweet: its status, author, text, time and reply context, each field by its strategies (x-fields). */
import type { SocialItem } from '@/lib/shared/model/social-item';
import { X_MENTIONS_PATH, X_SELECTORS as S, X_STATUS_PATH } from './x-selectors';
import { queryFirst } from './dom-helpers';
import { noteStrategy, readField } from './strategy';
import {
  X_AUTHOR,
  X_HANDLE_FIELD,
  X_ID,
  X_ITEM,
  X_MEDIA,
  X_PARENT_ID,
  X_TEXT,
  X_TIME,
  type TweetContext,
} from './x-fields';
import { handleFromHref, whileReading, type StatusRef } from './x-tweet-parts';

const ORIGIN = 'https://x.com';
/** Node.DOCUMENT_POSITION_PRECEDING, without relying on a global Node (tests run in other realms). */
const DOCUMENT_POSITION_PRECEDING = 2;

/** The tweet's own permalink: /handle/status/ID. */
export function readStatus(article: Element): StatusRef | null {
  return readField('id', X_ID, article);
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

interface ReplyContext {
  isReply: boolean;
  inReplyToId?: string;
  focused: boolean;
}

/** On /handle/status/ID: the focused tweet is the post, and tweets after it are replies to it. */
function replyContext(article: Element, status: StatusRef): ReplyContext {
  const doc = article.ownerDocument;
  const pathMatch = (doc.defaultView?.location.pathname ?? '').match(X_STATUS_PATH);
  const focusedEl = pathMatch ? queryFirst(doc, S.focusedTweet) : null;
  const focusedId = pathMatch ? ((focusedEl && readStatus(focusedEl)?.id) ?? pathMatch[2]) : null;
  const focused = focusedId === status.id;
  const afterFocused =
    focusedId !== null &&
    !focused &&
    !(focusedEl && focusedEl.compareDocumentPosition(article) & DOCUMENT_POSITION_PRECEDING);
  const parent = readField('parentId', X_PARENT_ID, { article, status, focusedId: afterFocused ? focusedId : null });
  return { isReply: parent !== null, ...(typeof parent === 'string' ? { inReplyToId: parent } : {}), focused };
}

export function parseTweet(article: Element, now: number): SocialItem | null {
  return whileReading(article, () => readTweet(article, now));
}

function readTweet(article: Element, now: number): SocialItem | null {
  if (article.tagName !== 'ARTICLE') return null;
  noteStrategy('item', () => X_ITEM.find((s) => article.matches(s.selector))?.name);
  const status = readStatus(article);
  if (!status) return null;
  const context: TweetContext = { article, status };
  const handle = readField('handle', X_HANDLE_FIELD, context) ?? status.handle;
  const authorName = readField('author', X_AUTHOR, context) ?? handle;
  const text = readField('text', X_TEXT, article) ?? '';
  const time = readField('time', X_TIME, context);
  const reply = replyContext(article, status);
  const own = signedInHandle(article.ownerDocument);
  const onMentions = X_MENTIONS_PATH.test(article.ownerDocument.defaultView?.location.pathname ?? '');
  const kind = reply.focused ? 'post' : onMentions ? 'mention' : reply.isReply ? 'reply' : 'post';
  return {
    platform: 'x',
    id: status.id,
    permalink: `${ORIGIN}/${status.handle}/status/${status.id}`,
    authorName,
    authorHandle: handle,
    text,
    ...(text === '' ? withoutText(article) : {}),
    createdAt: time ?? now,
    createdAtApproximate: time === null,
    isReply: reply.isReply,
    ...(reply.inReplyToId ? { inReplyToId: reply.inReplyToId } : {}),
    isOwn: own !== null && own.toLowerCase() === handle.toLowerCase(),
    kind,
  };
}

/** No text: a tweet that is only a photo, GIF or video says so; anything else is reported as unread. */
function withoutText(article: Element): Pick<SocialItem, 'media' | 'unread'> {
  const media = readField('media', X_MEDIA, article);
  return media ? { media } : { unread: ['text'] };
}
