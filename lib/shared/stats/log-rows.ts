import { z } from 'zod';
import { CATEGORIES, LANGUAGES, OUTCOMES } from '@/lib/shared/model/categories';
import { platformSchema } from '@/lib/shared/model/social-item';

/** The customer's satisfaction, asked in the closing reply or noted by hand: optional on a handled row. */
export const SATISFACTION_MARKS = ['satisfied', 'neutral', 'unhappy'] as const;
export type SatisfactionMark = (typeof SATISFACTION_MARKS)[number];

/** Bumped when the roll-ups gain a field: rows of an older revision are rebuilt from the log once. */
export const ROLLUP_REVISION = 2;

/**
 * Row shapes of the database. They double as the validation of backups: an imported file must
 * match them exactly, so a bad file is refused before anything is written.
 * z.lazy builds a schema on first use: content scripts import these through the message protocol
 * but never validate a row, and building them cost the host page's main thread on every page load.
 */
export const handledRowSchema = z.lazy(() =>
  z.object({
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
    satisfaction: z.enum(SATISFACTION_MARKS).optional(),
    /** Only present when the user enabled "store comment text" in the privacy settings. */
    text: z.string().max(100_000).optional(),
    itemCreatedAt: z.number(),
    createdAtApproximate: z.boolean(),
    firstSeenAt: z.number(),
    /** Time of the FIRST action: handling an item again never changes its response time. */
    actionAt: z.number(),
    /** Time of the latest action on the item. */
    updatedAt: z.number(),
    /** Wall-clock seconds from the customer's post to the first action. */
    responseSeconds: z.number().min(0),
    /** Same, counting business hours only (as configured when computed). */
    businessResponseSeconds: z.number().min(0),
    /** Local calendar day (YYYY-MM-DD) of actionAt: the roll-up bucket. */
    day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  }),
);
export type HandledRow = z.infer<typeof handledRowSchema>;

/** An item that reached the queue: the denominator of the response rate. */
export const seenRowSchema = z.lazy(() =>
  z.object({
    platform: platformSchema,
    itemId: z.string().min(1).max(200),
    category: z.enum(CATEGORIES),
    urgent: z.boolean(),
    language: z.enum(LANGUAGES),
    itemCreatedAt: z.number(),
    createdAtApproximate: z.boolean(),
    firstSeenAt: z.number(),
    /** Local calendar day of firstSeenAt. */
    day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    handled: z.boolean(),
  }),
);
export type SeenRow = z.infer<typeof seenRowSchema>;

const counts = z.record(z.string(), z.number());

/** Per local day and platform: everything the dashboard needs, so it never scans the raw log. */
export const dailyRowSchema = z.object({
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  platform: platformSchema,
  seen: z.number(),
  /** Items first seen this day that have been handled (whenever). */
  seenHandled: z.number(),
  handled: z.number(),
  resolved: z.number(),
  urgent: z.number(),
  approximate: z.number(),
  byCategory: counts,
  byOutcome: counts,
  byDepartment: counts,
  byTemplate: counts,
  byTopic: counts,
  byQuestionTopic: counts,
  byLanguage: counts,
  responseSeconds: z.array(z.number()),
  businessResponseSeconds: z.array(z.number()),
  urgentResponseSeconds: z.array(z.number()),
  urgentBusinessResponseSeconds: z.array(z.number()),
  /** Seconds from the customer's post to the latest action, for rows handled as resolved. */
  resolutionSeconds: z.array(z.number()),
  bySatisfaction: counts,
  /** The author handle of every row handled (the customer history's key, with the row's platform), see author-list.ts. */
  authors: z.string(),
  /** ROLLUP_REVISION when every field above is complete; older rows lack it. */
  revision: z.number().optional(),
});
export type DailyRow = z.infer<typeof dailyRowSchema>;

/**
 * The roll-up's samples: every response time and every author of the day, for medians and returning
 * customers. They are most of a roll-up's bytes (megabytes over a year) and only the dashboard's stats read
 * them, so they are stored apart from the counters (template ranking and the data summary read those).
 */
export const DAILY_SAMPLE_FIELDS = [
  'responseSeconds',
  'businessResponseSeconds',
  'urgentResponseSeconds',
  'urgentBusinessResponseSeconds',
  'resolutionSeconds',
  'authors',
] as const;
export type DailySampleField = (typeof DAILY_SAMPLE_FIELDS)[number];
export type DailyCounts = Omit<DailyRow, DailySampleField>;
export type DailySamples = Pick<DailyRow, 'day' | 'platform' | DailySampleField>;
