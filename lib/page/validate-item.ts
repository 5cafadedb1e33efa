import type { SocialItem } from '@/lib/shared/model/social-item';
import { ITEM_KINDS, MEDIA_KINDS, PLATFORMS as PLATFORM_LIST, UNREAD_FIELDS } from '@/lib/shared/model/item-kinds';

const PLATFORMS: ReadonlySet<string> = new Set(PLATFORM_LIST);
const KINDS: ReadonlySet<string> = new Set(ITEM_KINDS);
const UNREAD: ReadonlySet<string> = new Set(UNREAD_FIELDS);
const MEDIA: ReadonlySet<string> = new Set(MEDIA_KINDS);

/** Code points, as zod measures string lengths: a surrogate pair counts once. */
function codePointLength(value: string): number {
  let count = value.length;
  for (let i = 0; i < value.length - 1; i++) {
    const high = value.charCodeAt(i);
    if ((high & 0xfc00) === 0xd800 && (value.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      count--;
      i++;
    }
  }
  return count;
}

function text(value: unknown, max: number, min = 0): boolean {
  if (typeof value !== 'string' || value.length < min) return false;
  // A string that fits in UTF-16 units fits in code points; only an overflow has to be counted.
  return value.length <= max || codePointLength(value) <= max;
}

/** The longest comment text kept (socialItemSchema's limit). No site allows more than a few thousand. */
export const MAX_ITEM_TEXT = 100_000;

/**
 * A hostile page can put any amount of text in a comment: CareSide keeps the first MAX_ITEM_TEXT characters
 * (never half an emoji) with an ellipsis, rather than dropping the comment.
 */
export function capItemText(item: SocialItem | null): SocialItem | null {
  if (!item || item.text.length <= MAX_ITEM_TEXT) return item;
  let end = MAX_ITEM_TEXT - 1;
  const code = item.text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return { ...item, text: `${item.text.slice(0, end)}…` };
}

/**
 * The same rules as socialItemSchema (lib/model/social-item.ts), hand-written for the per-item hot path:
 * in an MV3 content script zod can't compile its validators, and this runs for every item read from the
 * page. Page text is untrusted, so the length limits stay. tests/unit/content/validate-item.test.ts checks
 * that it agrees with the schema.
 */
export function isValidSocialItem(item: SocialItem): boolean {
  return (
    PLATFORMS.has(item.platform) &&
    text(item.id, 200, 1) &&
    text(item.permalink, 2000) &&
    text(item.authorName, 300) &&
    text(item.authorHandle, 2000) &&
    text(item.text, MAX_ITEM_TEXT) &&
    typeof item.createdAt === 'number' &&
    Number.isFinite(item.createdAt) &&
    typeof item.createdAtApproximate === 'boolean' &&
    typeof item.isReply === 'boolean' &&
    (item.inReplyToId === undefined || text(item.inReplyToId, 200)) &&
    typeof item.isOwn === 'boolean' &&
    KINDS.has(item.kind) &&
    (item.unread === undefined ||
      (Array.isArray(item.unread) && item.unread.length <= UNREAD.size && item.unread.every((f) => UNREAD.has(f)))) &&
    (item.media === undefined ||
      (typeof item.media === 'object' &&
        item.media !== null &&
        MEDIA.has(item.media.kind) &&
        text(item.media.alt, 500)))
  );
}
