import { z } from 'zod';

import { ITEM_KINDS, MEDIA_KINDS, PLATFORMS, UNREAD_FIELDS } from './item-kinds';

export { ITEM_KINDS, MEDIA_KINDS, PLATFORMS, UNREAD_FIELDS, type MediaKind } from './item-kinds';

export const platformSchema = z.enum(PLATFORMS);
export type Platform = z.infer<typeof platformSchema>;

/** One comment, reply, mention or post as read from the page by a platform adapter. */
export const socialItemSchema = z.object({
  platform: platformSchema,
  /** Stable content id: tweet id on X; comment_id / reply_comment_id on Facebook. Never a DOM node. */
  id: z.string().min(1).max(200),
  permalink: z.string().max(2000),
  authorName: z.string().max(300),
  /** X handle without "@", or Facebook profile URL/slug. */
  authorHandle: z.string().max(2000),
  text: z.string().max(100_000),
  /** Epoch ms. */
  createdAt: z.number(),
  /** Facebook only shows relative times ("2 h"), so the timestamp is an estimate. */
  createdAtApproximate: z.boolean(),
  isReply: z.boolean(),
  inReplyToId: z.string().max(200).optional(),
  /** Written by the user's own account/page: not a customer item. */
  isOwn: z.boolean(),
  kind: z.enum(ITEM_KINDS),
  /** Fields the adapter found the item but could not read: such an item is listed, never classified. */
  unread: z.array(z.enum(UNREAD_FIELDS)).max(UNREAD_FIELDS.length).optional(),
  /** A comment that is only a sticker, GIF, photo or video: what it is, with its alt text when there is one. */
  media: z.object({ kind: z.enum(MEDIA_KINDS), alt: z.string().max(500) }).optional(),
});
export type SocialItem = z.infer<typeof socialItemSchema>;
