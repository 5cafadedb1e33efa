import { z } from 'zod';
import { platformSchema } from '@/lib/shared/model/social-item';

/** Response-time buckets of the distribution chart, in seconds (upper bounds; the last is open). */
export const RESPONSE_BUCKETS = [
  { id: 'under10m', maxSeconds: 600 },
  { id: 'under1h', maxSeconds: 3600 },
  { id: 'under4h', maxSeconds: 4 * 3600 },
  { id: 'under24h', maxSeconds: 24 * 3600 },
  { id: 'under3d', maxSeconds: 3 * 24 * 3600 },
  { id: 'over3d', maxSeconds: Number.POSITIVE_INFINITY },
] as const;

// z.lazy builds these on first use: content scripts import them through the message protocol but
// never ask for stats, and building them cost the host page's main thread on every page load.
export const statsRangeSchema = z.lazy(() =>
  z.object({
    from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    platform: z.enum(['all', 'x', 'facebook']).default('all'),
  }),
);
export type StatsRange = z.output<typeof statsRangeSchema>;

/** Everything the dashboard shows for one period and platform filter, computed in one pass. */
export const dashboardStatsSchema = z.lazy(() => {
  const counts = z.record(z.string(), z.number());
  const share = z.number().min(0).max(1).nullable();
  return z.object({
    range: statsRangeSchema,
    /** Whether response times below count business hours only. */
    businessHoursOnly: z.boolean(),
    handled: z.number(),
    resolved: z.number(),
    seen: z.number(),
    seenHandled: z.number(),
    /** Items that reached the queue in the period and got handled / items that reached it. */
    responseRate: share,
    responseTime: z.object({
      count: z.number(),
      medianSeconds: z.number().nullable(),
      p90Seconds: z.number().nullable(),
      within10m: share,
      within1h: share,
      within24h: share,
    }),
    urgent: z.object({ count: z.number(), medianSeconds: z.number().nullable() }),
    /** Handled items whose creation time is an estimate (Facebook's "2 h"). */
    approximate: z.number(),
    escalationsByDepartment: counts,
    byOutcome: counts,
    trollsIgnored: z.number(),
    spamHidden: z.number(),
    perDay: z.array(z.object({ day: z.string(), total: z.number(), byCategory: counts })),
    distribution: z.array(z.object({ bucket: z.string(), count: z.number() })),
    perPlatform: z.array(
      z.object({ platform: platformSchema, handled: z.number(), seen: z.number(), responseRate: share }),
    ),
    templateUsage: counts,
    topTopics: z.array(z.object({ topic: z.string(), count: z.number() })),
    /** Problems resolved (rows handled as resolved, escalations closed) and the median time to resolution. */
    resolution: z.object({ resolved: z.number(), medianSeconds: z.number().nullable() }),
    /** Follow-ups closed in the period, and those closed by their due time. */
    followUps: z.object({ closed: z.number(), onTime: z.number(), share }),
    /** Customers handled in the period; returning: on two or more days of it, or before it. */
    returning: z.object({ customers: z.number(), returning: z.number(), share }),
    /** Satisfaction marks recorded when handling (optional), and the share "satisfied". */
    satisfaction: z.object({
      marks: z.number(),
      satisfied: z.number(),
      neutral: z.number(),
      unhappy: z.number(),
      share,
    }),
    /** Topics of questions, most frequent first: content for FAQs and posts. */
    faqCandidates: z.array(z.object({ topic: z.string(), count: z.number() })),
  });
});
export type DashboardStats = z.output<typeof dashboardStatsSchema>;
