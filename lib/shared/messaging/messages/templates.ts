import { z } from 'zod';
import { TEMPLATE_PACK_FORMAT, MAX_PACK_TEMPLATES } from '@/lib/shared/templates/pack';
import { templateSchema } from '@/lib/shared/templates/schema';
import { defineMessage } from '../define';

const byId = () => z.object({ id: z.string().min(1).max(100) });
const oneTemplate = () => z.object({ template: templateSchema });
const optionsOnly = { senders: ['options'] } as const;

export const templatesMessages = {
  /** Active templates (seeds the default library on first use). */
  listTemplates: defineMessage(
    () => ({
      input: z.object({ includeDeleted: z.boolean().optional() }),
      output: z.object({ templates: z.array(templateSchema) }),
    }),
    { senders: ['panel', 'options'] },
  ),
  saveTemplate: defineMessage(() => ({ input: oneTemplate(), output: oneTemplate() }), optionsOnly),
  /** Soft delete: restoreTemplate undoes it. */
  deleteTemplate: defineMessage(() => ({ input: byId(), output: oneTemplate() }), optionsOnly),
  restoreTemplate: defineMessage(() => ({ input: byId(), output: oneTemplate() }), optionsOnly),
  resetTemplates: defineMessage(
    () => ({ input: z.object({}), output: z.object({ restored: z.number() }) }),
    optionsOnly,
  ),
  /** Only validated entries the user confirmed; never overwrites an existing template. */
  importTemplates: defineMessage(
    () => ({
      input: z.object({ templates: z.array(templateSchema).max(MAX_PACK_TEMPLATES) }),
      output: z.object({
        added: z.number(),
        skipped: z.array(z.string()),
        renamed: z.array(z.object({ from: z.string(), to: z.string() })),
      }),
    }),
    optionsOnly,
  ),
  exportTemplates: defineMessage(
    () => ({
      input: z.object({}),
      output: z.object({
        format: z.literal(TEMPLATE_PACK_FORMAT),
        version: z.literal(1),
        exportedAt: z.number(),
        templates: z.array(templateSchema),
      }),
    }),
    optionsOnly,
  ),
};
