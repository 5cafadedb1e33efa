import { z } from 'zod';
import { handledRowSchema } from '@/lib/shared/stats/log-rows';

/** Who the item waits on: a department (after an escalation) or the customer (asked for details). */
export const waitingOnSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('department'), department: z.string().min(1).max(100) }),
  z.object({ kind: z.literal('customer') }),
]);
export type WaitingOn = z.infer<typeof waitingOnSchema>;

/**
 * One follow-up: an item the user must come back to. Lazy like the log rows: the page scripts import the
 * protocol but never validate a row.
 */
export const followUpRowSchema = z.lazy(() =>
  // Who and where come from the handled row the follow-up was opened from.
  handledRowSchema
    .unwrap()
    .pick({ platform: true, itemId: true, permalink: true, authorHandle: true, authorName: true, language: true })
    .extend({
      waitingOn: waitingOnSchema,
      /** When the wait started (the escalation, or the switch to waiting on the customer). */
      since: z.number(),
      /** When the answer is due: the department's answer time after `since`, in business hours when set. */
      dueAt: z.number(),
      status: z.enum(['open', 'closed']),
      closedAt: z.number().optional(),
      note: z.string().max(5000).optional(),
    }),
);
export type FollowUpRow = z.infer<typeof followUpRowSchema>;
