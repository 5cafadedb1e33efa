import type { FollowUp } from './schema';
import type { Template } from '@/lib/shared/templates/schema';
import { defaultTemplates } from '@/lib/shared/templates/defaults';
import { buildTemplateVars, type TemplateVarSettings } from '@/lib/shared/templates/build-vars';
import { pickVariant, type RegisterPreference } from '@/lib/shared/templates/pick-variant';
import { renderTemplate } from '@/lib/shared/templates/render';

/** The built-in "back in public once solved" template (care-guidelines: come back publicly once solved). */
export const CLOSING_TEMPLATE_ID = 'default-complaint-solved-follow-up';

export interface ClosingReply {
  templateId: string;
  title: string;
  text: string;
}

/**
 * The public closing reply for a follow-up whose answer came back: the user's own copy of the template when
 * they kept it (edited or not), the built-in one otherwise, in the customer's language, filled in with their
 * name. It states only that the issue is resolved: no invented facts.
 */
export function closingReply(
  row: Pick<FollowUp, 'platform' | 'authorHandle' | 'authorName' | 'language'>,
  templates: readonly Template[],
  settings: TemplateVarSettings & { tone: { italianRegister: RegisterPreference } },
): ClosingReply | undefined {
  const template =
    templates.find((candidate) => candidate.id === CLOSING_TEMPLATE_ID && candidate.deletedAt === null) ??
    defaultTemplates().find((candidate) => candidate.id === CLOSING_TEMPLATE_ID);
  if (!template) return undefined;
  const { variant } = pickVariant(
    template,
    { language: row.language, register: undefined },
    settings.tone.italianRegister,
  );
  const vars = buildTemplateVars(
    { platform: row.platform, authorHandle: row.authorHandle, authorName: row.authorName ?? '' },
    settings,
  );
  return { templateId: template.id, title: template.title, text: renderTemplate(variant.body, vars).text };
}
