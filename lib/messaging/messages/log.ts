import { z } from 'zod';
import { CATEGORIES, LANGUAGES, OUTCOMES } from '@/lib/model/categories';
import { platformSchema } from '@/lib/model/social-item';
import { dashboardStatsSchema, statsRangeSchema } from '@/lib/stats/dashboard-stats';
import { defineMessage } from '../define';

const seenItemSchema = z.object({
  platform: platformSchema,
  itemId: z.string().min(1).max(200),
  category: z.enum(CATEGORIES),
  urgent: z.boolean(),
  language: z.enum(LANGUAGES),
  itemCreatedAt: z.number(),
  createdAtApproximate: z.boolean(),
  firstSeenAt: z.number(),
});

export const logHandledInputSchema = z.object({
  platform: platformSchema,
  itemId: z.string().min(1).max(200),
  permalink: z.string().max(2000),
  authorHandle: z.string().max(2000),
  authorName: z.string().max(300).optional(),
  category: z.enum(CATEGORIES),
  urgent: z.boolean(),
  topics: z.array(z.string().max(100)).max(50),
  urgentTopics: z.array(z.string().max(100)).max(50),
  language: z.enum(LANGUAGES),
  templateId: z.string().max(100).optional(),
  outcome: z.enum(OUTCOMES),
  department: z.string().max(100).optional(),
  resolved: z.boolean(),
  note: z.string().max(5000).optional(),
  itemCreatedAt: z.number(),
  createdAtApproximate: z.boolean(),
  firstSeenAt: z.number(),
  actionAt: z.number(),
  /** Kept only when the user enabled "store comment text" in the privacy settings. */
  text: z.string().max(100_000).optional(),
});

export const logMessages = {
  /** Items that reached the queue: the response rate's denominator. Idempotent. */
  logSeen: defineMessage({
    input: z.object({ items: z.array(seenItemSchema).max(500) }),
    output: z.object({ added: z.number() }),
  }),
  /** The user acted on an item. Handling it again updates the row but keeps the first response time. */
  logHandled: defineMessage({
    input: logHandledInputSchema,
    output: z.object({ responseSeconds: z.number(), firstResponse: z.boolean() }),
  }),
  getHandledIds: defineMessage({
    input: z.object({ platform: platformSchema, itemIds: z.array(z.string().max(200)).max(1000) }),
    output: z.object({ handled: z.array(z.string()) }),
  }),
  getTemplateUsage: defineMessage({
    input: z.object({}),
    output: z.object({ usage: z.record(z.string(), z.number()) }),
  }),
  /** Every number and chart of the dashboard for a period and platform filter. */
  getStats: defineMessage({
    input: statsRangeSchema,
    output: dashboardStatsSchema,
  }),
  /** Re-applies the current business hours to every logged response time. */
  recomputeStats: defineMessage({
    input: z.object({}),
    output: z.object({ rows: z.number() }),
    privileged: true,
  }),
};
