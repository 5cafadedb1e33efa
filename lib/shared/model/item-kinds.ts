/** The closed lists an item's fields take values from: plain constants, so the page script needs no Zod. */
export const PLATFORMS = ['x', 'facebook'] as const;
export const ITEM_KINDS = ['post', 'comment', 'reply', 'mention'] as const;
export const UNREAD_FIELDS = ['text'] as const;
export const MEDIA_KINDS = ['photo', 'sticker', 'gif', 'video'] as const;
export type MediaKind = (typeof MEDIA_KINDS)[number];
