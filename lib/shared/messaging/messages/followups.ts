import { z } from 'zod';
import { platformSchema } from '@/lib/shared/model/social-item';
import { CATEGORIES, OUTCOMES } from '@/lib/shared/model/categories';
import { followUpSchema } from '@/lib/shared/followups/schema';
import { defineMessage } from '../define';

const itemKey = () => z.object({ platform: platformSchema, itemId: z.string().min(1).max(200) });

const historyRowSchema = z.object({
  itemId: z.string(),
  permalink: z.string(),
  authorName: z.string().optional(),
  category: z.enum(CATEGORIES),
  urgent: z.boolean(),
  outcome: z.enum(OUTCOMES),
  department: z.string().optional(),
  resolved: z.boolean(),
  note: z.string().optional(),
  itemCreatedAt: z.number(),
  actionAt: z.number(),
});

// Customer data: only extension pages (panel, options) may ask for it or change it.
const extensionPages = { senders: ['panel', 'options'] } as const;
export const followUpsMessages = {
  /** Follow-ups by due time, open first; closed ones too when asked. */
  listFollowUps: defineMessage(
    () => ({
      input: z.object({ includeClosed: z.boolean().default(false) }),
      output: z.object({ followUps: z.array(followUpSchema) }),
    }),
    extensionPages,
  ),
  /** "The answer came back": closes the item's follow-up and returns it (null when none was open). */
  closeFollowUp: defineMessage(
    () => ({ input: itemKey(), output: z.object({ followUp: followUpSchema.nullable() }) }),
    extensionPages,
  ),
  /** The item now waits on the customer (asked for details), due after the customer wait. */
  waitOnCustomer: defineMessage(
    () => ({ input: itemKey(), output: z.object({ followUp: followUpSchema.nullable() }) }),
    extensionPages,
  ),
  /** Each author's logged items (newest first), for the history and the queue rows' marks. */
  getAuthorHistory: defineMessage(
    () => ({
      input: z.object({ platform: platformSchema, handles: z.array(z.string().max(2000)).max(100) }),
      output: z.object({ byHandle: z.record(z.string(), z.array(historyRowSchema)) }),
    }),
    extensionPages,
  ),
};
