import type { SocialItem } from '../model/social-item';
import { unsetFacts, type BrandFactVariable } from './brand-facts';
import { rankTemplates, type RankedTemplate, type RankOptions } from './rank';
import { renderTemplate } from './render';
import type { Template } from './schema';
import type { TemplateVars } from './variables';

export interface SuggestedReplies {
  /** The top templates, ranked; those needing a brand fact settings leave unset come last. */
  suggestions: RankedTemplate[];
  /** The suggestion bodies filled in with the customer's name etc. */
  previews: string[];
  /** Per suggestion, the brand facts it states that settings leave unset: it can't be picked until they're set. */
  unset: BrandFactVariable[][];
}

/**
 * The replies offered for one item, the same in the panel and in trainee mode: ranked (rankTemplates),
 * the ones a missing brand fact blocks moved last, each filled in with `vars`.
 */
export function suggestReplies(
  templates: Template[],
  classification: Parameters<typeof rankTemplates>[1],
  item: Pick<SocialItem, 'platform'>,
  vars: TemplateVars,
  usage: Record<string, number> = {},
  options: RankOptions = {},
): SuggestedReplies {
  const ranked = rankTemplates(templates, classification, item, usage, options);
  const usable = (s: RankedTemplate) => unsetFacts(s.variant.body, vars).length === 0;
  const suggestions = [...ranked.filter(usable), ...ranked.filter((s) => !usable(s))];
  return {
    suggestions,
    previews: suggestions.map((s) => renderTemplate(s.variant.body, vars).text),
    unset: suggestions.map((s) => unsetFacts(s.variant.body, vars)),
  };
}
