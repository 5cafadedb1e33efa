import { z } from 'zod';
import { handledRowSchema } from '@/lib/shared/stats/log-rows';

/** Who the item waits on: a department (after an escalation) or the customer (asked for details). */
export const waitingOnSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('department'), department: z.string().min(1).max(100) }),
  z.object({ kind: z.literal('customer') }),
]);
export type WaitingOn = z.infer<typeof waitingOnSchema>;

/**
 * One follow-up as stored (table `followups`): only what can't be derived. Who, where and the note are
 * the handled row's (same key); the due time follows the current settings. Lazy like the log rows: the
 * page scripts import the protocol but never validate a row.
 */
export const followUpRowSchema = z.lazy(() =>
  handledRowSchema
    .unwrap()
    .pick({ platform: true, itemId: true })
    .extend({
      waitingOn: waitingOnSchema,
      /** When the wait started (the escalation, or the switch to waiting on the customer). */
      since: z.number(),
      /** Indexed, so the open ones are read without the closed ones. */
      status: z.enum(['open', 'closed']),
      closedAt: z.number().optional(),
    }),
);
export type FollowUpRow = z.infer<typeof followUpRowSchema>;

/** A follow-up as listed: the stored row, its handled row's who/where/note, and when it is due now. */
export const followUpSchema = z.lazy(() =>
  followUpRowSchema
    .unwrap()
    .extend(
      handledRowSchema
        .unwrap()
        .pick({ permalink: true, authorHandle: true, authorName: true, language: true, note: true }).shape,
    )
    .extend({
      /** The wait's answer time after `since` (business hours when set), from the settings as they are now. */
      dueAt: z.number(),
    }),
);
export type FollowUp = z.infer<typeof followUpSchema>;
