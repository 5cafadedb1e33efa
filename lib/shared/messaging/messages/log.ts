import { z } from 'zod';
import { platformSchema } from '@/lib/shared/model/social-item';
import { dashboardStatsSchema, statsRangeSchema } from '@/lib/shared/stats/dashboard-stats';
import { handledRowSchema } from '@/lib/shared/stats/log-rows';
import { defineMessage } from '../define';

// The wire shape is the row shape minus what the background computes (times, day buckets). Seen items are
// not a request: the tab hub logs what the page script reports over its port (no page script sends requests).
const logHandledInputSchema = () =>
  handledRowSchema.unwrap().omit({ updatedAt: true, responseSeconds: true, businessResponseSeconds: true, day: true });

export const logMessages = {
  /** The user acted on an item. Handling it again updates the row but keeps the first response time. */
  logHandled: defineMessage(
    () => ({
      input: logHandledInputSchema(),
      output: z.object({ responseSeconds: z.number(), firstResponse: z.boolean() }),
    }),
    { senders: ['panel'] },
  ),
  getHandledIds: defineMessage(
    () => ({
      input: z.object({ platform: platformSchema, itemIds: z.array(z.string().max(200)).max(1000) }),
      output: z.object({ handled: z.array(z.string()) }),
    }),
    { senders: ['panel'] },
  ),
  /** How often each template was used: the panel ranks suggestions by it, the template manager shows it. */
  getTemplateUsage: defineMessage(
    () => ({
      input: z.object({}),
      output: z.object({ usage: z.record(z.string(), z.number()) }),
    }),
    { senders: ['panel', 'options'] },
  ),
  /** Every number and chart of the dashboard for a period and platform filter. */
  getStats: defineMessage(() => ({ input: statsRangeSchema, output: dashboardStatsSchema }), {
    senders: ['options'],
  }),
  /** Re-applies the current business hours to every logged response time. */
  recomputeStats: defineMessage(() => ({ input: z.object({}), output: z.object({ rows: z.number() }) }), {
    senders: ['options'],
  }),
};
