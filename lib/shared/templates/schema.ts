import { z } from 'zod';
import { CATEGORIES, TOPICS } from '../model/categories';
import { unknownVariables } from './variables';

export const TEMPLATE_LANGUAGES = ['it', 'en'] as const;
export type TemplateLanguage = (typeof TEMPLATE_LANGUAGES)[number];

/** What the template advises doing: a public reply, not replying (trolls), or hiding/reporting (spam). */
export const TEMPLATE_ACTIONS = ['reply', 'dont_reply', 'hide_report'] as const;
export type TemplateAction = (typeof TEMPLATE_ACTIONS)[number];

// z.lazy builds these on first use: content scripts import them through the message protocol, and
// building them on every page load cost the host page's main thread.
export const templateVariantSchema = z.lazy(() =>
  z
    .object({
      language: z.enum(TEMPLATE_LANGUAGES),
      /** Italian only: informal `tu` or formal `Lei`. Absent means register-neutral. */
      register: z.enum(['tu', 'lei']).optional(),
      body: z.string().trim().min(1).max(5000),
    })
    .superRefine((variant, ctx) => {
      for (const name of unknownVariables(variant.body)) {
        ctx.addIssue({ code: 'custom', path: ['body'], message: `Unknown variable {${name}}` });
      }
      if (variant.register && variant.language !== 'it') {
        ctx.addIssue({ code: 'custom', path: ['register'], message: 'Register (tu/Lei) applies to Italian only' });
      }
    }),
);
export type TemplateVariant = z.infer<typeof templateVariantSchema>;

export const templateSchema = z.lazy(() =>
  z
    .object({
      id: z.string().trim().min(1).max(100),
      title: z.string().trim().min(1).max(200),
      category: z.enum(CATEGORIES),
      topics: z.array(z.enum(TOPICS)).max(TOPICS.length),
      action: z.enum(TEMPLATE_ACTIONS).default('reply'),
      variants: z.array(templateVariantSchema).min(1).max(10),
      /** One short line for trainees: why this reply works. */
      why: z.object({ en: z.string().max(500), it: z.string().max(500) }).optional(),
      /** Shipped with CareSide (reset restores these). */
      builtIn: z.boolean().default(false),
      /** Soft delete, so "undo" can restore it. */
      deletedAt: z.number().nullable().default(null),
      createdAt: z.number(),
      updatedAt: z.number(),
    })
    .superRefine((template, ctx) => {
      const seen = new Set<string>();
      template.variants.forEach((variant, index) => {
        const key = `${variant.language}/${variant.register ?? ''}`;
        if (seen.has(key)) {
          ctx.addIssue({ code: 'custom', path: ['variants', index], message: `Duplicate variant ${key}` });
        }
        seen.add(key);
      });
    }),
);
export type Template = z.infer<typeof templateSchema>;
/** What a caller passes in (defaults not yet applied). */
export type TemplateInput = z.input<typeof templateSchema>;
