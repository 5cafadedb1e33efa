import { z } from 'zod';
import { platformSchema } from '@/lib/shared/model/social-item';
import { HISTORY_FIELDS } from '@/lib/shared/followups/history';
import { followUpSchema } from '@/lib/shared/followups/schema';
import { handledRowSchema } from '@/lib/shared/stats/log-rows';
import { defineMessage } from '../define';

const itemKey = () => z.object({ platform: platformSchema, itemId: z.string().min(1).max(200) });

/** A handled row as the customer history shows it. */
const historyRowSchema = () => handledRowSchema.unwrap().pick(HISTORY_FIELDS);

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
      output: z.object({ byHandle: z.record(z.string(), z.array(historyRowSchema())) }),
    }),
    extensionPages,
  ),
};
