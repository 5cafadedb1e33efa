/**
 * The long-lived connections of a tab: the page script and the panel frame each hold a port to the background,
 * which classifies, keeps the tab's queue and relays between them. Page and panel never talk directly, so the
 * site (which shares the page's window) sees nothing of the queue. Messages from the page are untrusted: the
 * background parses them with these schemas and drops what does not fit.
 */
import { z } from 'zod';
import { platformSchema, socialItemSchema } from '@/lib/shared/model/social-item';
import type { ClassifiedText, ItemMark } from '@/lib/shared/model/queue';
import type { BadgeStrings } from '@/lib/shared/i18n/messages/badge';
import type { QueueDelta } from '@/lib/shared/model/queue-delta';

export { PAGE_PORT, PANEL_PORT } from './port-names';

const id = z.string().min(1).max(200);
const readState = z.enum(['read', 'media', 'unread']);
const theme = z.enum(['light', 'dark']);

/** One item as the page script saw it; the background adds the classification. */
export const pageItemSchema = z.object({
  item: socialItemSchema,
  readState,
  own: z.boolean(),
  visible: z.boolean(),
  firstSeenAt: z.number(),
  lastSeenAt: z.number(),
  monitored: z.array(z.string().max(200)).max(100),
});
export type PageItem = z.infer<typeof pageItemSchema>;

/** An item that only came on or went off screen: [id, visible, lastSeenAt]. */
export const visibilityChangeSchema = z.tuple([id, z.boolean(), z.number()]);
export type VisibilityChange = z.infer<typeof visibilityChangeSchema>;

export const insertResultSchema = z.object({
  ok: z.boolean(),
  method: z.enum(['paste', 'execCommand', 'beforeinput', 'clipboard', 'none']),
  message: z.string().max(2000).optional(),
});

export const pageMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('hello'), platform: platformSchema }),
  /** What changed since the last message: upserted items, and whether the page was reset (navigation). */
  z.object({
    type: z.literal('items'),
    reset: z.boolean(),
    upserts: z.array(pageItemSchema).max(2000),
    visibility: z.array(visibilityChangeSchema).max(20_000),
    unreadableCount: z.number().int().min(0).max(1_000_000),
  }),
  z.object({ type: z.literal('badgeClick'), id }),
  z.object({ type: z.literal('inserted'), request: z.number().int(), result: insertResultSchema }),
  z.object({ type: z.literal('snapshotSaved'), request: z.number().int(), fileName: z.string().max(300) }),
  z.object({ type: z.literal('theme'), theme }),
]);
export type PageMessage = z.infer<typeof pageMessageSchema>;

/** Layout the panel asks of its frame: docked side, collapsed to a tab, and the size of what it shows. */
export const frameLayoutSchema = z.object({
  side: z.enum(['left', 'right']),
  collapsed: z.boolean(),
  width: z.number().min(0).max(4000),
  height: z.number().min(0).max(10_000),
});
export type FrameLayout = z.infer<typeof frameLayoutSchema>;

/** Commands the panel sends the page script (through the background). */
export const panelCommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('insertReply'), request: z.number().int(), id, text: z.string().max(100_000) }),
  z.object({ type: z.literal('reveal'), id }),
  z.object({ type: z.literal('markHandled'), id }),
  z.object({ type: z.literal('layout'), layout: frameLayoutSchema }),
  z.object({ type: z.literal('saveSnapshot'), request: z.number().int() }),
]);
export type PanelCommand = z.infer<typeof panelCommandSchema>;

/**
 * Background → page: the user's options (with the response target and the badges' words in the UI language),
 * classifications for badges, the items' marks from the database (null: no mark any more), the panel's commands.
 */
export type BackgroundToPage =
  | {
      type: 'config';
      badges: boolean;
      ownHandles: string[];
      monitorKeywords: string[];
      slaMinutes: number;
      labels: BadgeStrings;
    }
  | { type: 'classified'; results: ClassifiedText[] }
  | { type: 'marks'; marks: [string, ItemMark | null][] }
  | { type: 'toggle' }
  | { type: 'command'; command: PanelCommand };

/** Background → panel: the tab's queue, and what happened on the page. */
export type BackgroundToPanel =
  | { type: 'queue'; delta: QueueDelta }
  | { type: 'badgeClick'; id: string }
  | { type: 'inserted'; request: number; result: z.infer<typeof insertResultSchema> }
  | { type: 'snapshotSaved'; request: number; fileName: string }
  | { type: 'theme'; theme: 'light' | 'dark' }
  | { type: 'toggle' }
  | { type: 'pageGone' };
