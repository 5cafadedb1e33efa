import type { Classification } from '../classify/types';
import type { Register } from '../model/categories';
import type { Template, TemplateLanguage, TemplateVariant } from './schema';

export type RegisterPreference = 'mirror' | 'tu' | 'lei';

/** The language a reply should be in: the customer's, English when unknown. */
export function replyLanguage(classification: Pick<Classification, 'language'>): TemplateLanguage {
  return classification.language === 'it' ? 'it' : 'en';
}

/**
 * The Italian register to use: a fixed setting wins; "mirror" follows the customer, and an unknown
 * register falls back to Lei, the safe choice with a stranger.
 */
export function targetRegister(
  classification: Pick<Classification, 'register'>,
  preference: RegisterPreference = 'mirror',
): Register {
  if (preference !== 'mirror') return preference;
  return classification.register ?? 'lei';
}

export interface VariantChoice {
  variant: TemplateVariant;
  languageMatch: boolean;
  registerMatch: boolean;
}

/** The best variant of a template for this customer: same language first, then same register. */
export function pickVariant(
  template: Template,
  classification: Pick<Classification, 'language' | 'register'>,
  preference: RegisterPreference = 'mirror',
): VariantChoice {
  const language = replyLanguage(classification);
  const register = targetRegister(classification, preference);
  const score = (variant: TemplateVariant) =>
    (variant.language === language ? 10 : 0) +
    (language === 'it' && variant.language === 'it'
      ? variant.register === register
        ? 2
        : variant.register === undefined
          ? 1
          : 0
      : 0);
  const best = [...template.variants].sort((a, b) => score(b) - score(a))[0]!;
  return {
    variant: best,
    languageMatch: best.language === language,
    registerMatch: language !== 'it' || best.register === undefined || best.register === register,
  };
}
