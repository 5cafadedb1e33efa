import { z } from 'zod';
import { BRAND_FACT_KEYS, type BrandFactKey } from '../templates/brand-facts';
import { defaultCriticalTopics, defaultDepartments, defaultTimeZone, isValidTimeZone } from './defaults';

/*
 * Every leaf has a default and every object a `prefault({})`, so `settingsSchema.parse({})` is the
 * full default settings and a field that is missing (or deleted by repair) comes back as its default.
 */

const text = (max: number) => z.string().trim().max(max);
const entry = (max: number) => z.string().trim().min(1).max(max);
/** Handles are compared without the leading @ and case-insensitively. */
const handle = z
  .string()
  .trim()
  .transform((value) => value.replace(/^@+/, '').toLowerCase())
  .pipe(z.string().min(1).max(100));

/** Flags each repeated element (not the whole list), so repair drops the duplicate and keeps the rest. */
function uniqueBy<T>(key: (item: T) => string, field: string | null, message: string) {
  return (items: T[], ctx: z.core.$RefinementCtx<T[]>) => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      const id = key(item);
      if (seen.has(id)) ctx.addIssue({ code: 'custom', message, path: field ? [index, field] : [index] });
      seen.add(id);
    });
  };
}

export const criticalTopicSchema = z.object({
  id: entry(60),
  label: entry(80),
  /** Lower-case so the classifier can match them on normalised text. */
  phrases: z
    .array(entry(120).transform((phrase) => phrase.toLowerCase()))
    .min(1)
    .max(200),
  department: z.string().trim().max(60).optional(),
});

export const departmentSchema = z.object({
  id: entry(60).regex(/^[a-z0-9_-]+$/, { error: 'Use lower-case letters, digits, - or _' }),
  name: entry(80),
  email: z.union([z.literal(''), z.email()]).default(''),
  handoffTemplate: text(2000).default(''),
  /** How long the department takes to answer care: a follow-up is due this many (business) hours later. */
  answerHours: z.int().min(1).max(720).default(24),
});

const slaSchema = z
  .object({
    targetMinutes: z
      .int()
      .min(1)
      .max(7 * 24 * 60)
      .default(60),
  })
  .prefault({});

const brandFactsShape = Object.fromEntries(BRAND_FACT_KEYS.map((key) => [key, text(300).default('')])) as Record<
  BrandFactKey,
  z.ZodDefault<z.ZodString>
>;
/** What replies may state about the brand; empty means unset, and templates that need it wait for it. */
export const brandFactsSchema = z.object(brandFactsShape).prefault({});
export type BrandFacts = z.output<typeof brandFactsSchema>;

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'Use HH:MM, e.g. 09:00' });

export const settingsSchema = z.object({
  brand: z
    .object({
      names: z
        .array(entry(100))
        .max(50)
        .default(() => []),
      ownHandles: z
        .object({
          x: z
            .array(handle)
            .max(50)
            .default(() => []),
          facebook: z
            .array(handle)
            .max(50)
            .default(() => []),
        })
        .prefault({}),
      agentSignature: text(200).default(''),
      privateChannelLink: text(500).default(''),
      facts: brandFactsSchema,
    })
    .prefault({}),
  monitoring: z
    .object({
      keywords: z
        .array(entry(100))
        .max(200)
        .default(() => []),
    })
    .prefault({}),
  criticalTopics: z
    .array(criticalTopicSchema)
    .max(100)
    .superRefine(uniqueBy((topic) => topic.id, 'id', 'Two critical topics have the same id'))
    .default(defaultCriticalTopics),
  sla: z.object({ x: slaSchema, facebook: slaSchema }).prefault({}),
  businessHours: z
    .object({
      enabled: z.boolean().default(false),
      excludeFromResponseTime: z.boolean().default(false),
      timeZone: z.string().refine(isValidTimeZone, { error: 'Unknown time zone' }).default(defaultTimeZone),
      days: z
        .array(z.int().min(0).max(6))
        .max(7)
        .superRefine(uniqueBy(String, null, 'A day is listed twice'))
        .default(() => [1, 2, 3, 4, 5]),
      start: time.default('09:00'),
      end: time.default('18:00'),
    })
    .prefault({}),
  departments: z
    .array(departmentSchema)
    .max(30)
    .superRefine(uniqueBy((department) => department.id, 'id', 'Two departments have the same id'))
    .default(defaultDepartments),
  tone: z
    .object({
      italianRegister: z.enum(['mirror', 'tu', 'lei']).default('mirror'),
      emoji: z.enum(['never', 'when_solved', 'allowed']).default('when_solved'),
      uiLanguage: z.enum(['auto', 'en', 'it']).default('auto'),
      badges: z.boolean().default(true),
      panelSide: z.enum(['right', 'left']).default('right'),
    })
    .prefault({}),
  alerts: z
    .object({
      /** Desktop notifications for new urgent items and overdue follow-ups (off: the toolbar badge only). */
      notifications: z.boolean().default(false),
    })
    .prefault({}),
  privacy: z
    .object({
      storeText: z.boolean().default(false),
      /** null keeps the handled log until the user clears it. */
      retentionDays: z.int().min(1).max(3650).nullable().default(365),
      /** Stored comment texts older than this are removed from the log (the rows stay). */
      textRetentionDays: z.int().min(1).max(3650).default(90),
    })
    .prefault({}),
});

export type Settings = z.output<typeof settingsSchema>;
export type SettingsInput = z.input<typeof settingsSchema>;
export type Department = Settings['departments'][number];

/** Fresh defaults each call, so callers may mutate what they get. */
export function defaultSettings(): Settings {
  return settingsSchema.parse({});
}
