import type { Classification } from '../classify/types';
import type { SocialItem } from '../model/social-item';
import type { Topic } from '../model/categories';
import type { UiLanguage } from '../i18n/translate';
import { pickVariant, type RegisterPreference } from './pick-variant';
import type { Template, TemplateVariant } from './schema';
import { xLength, X_LIMIT } from './x-length';

export interface RankedTemplate {
  template: Template;
  variant: TemplateVariant;
  /** One line a trainee understands: why this template is suggested. */
  reason: string;
  score: number;
}

export interface RankOptions {
  /** Language of the `reason` line. */
  uiLanguage?: UiLanguage;
  italianRegister?: RegisterPreference;
  limit?: number;
  /** A Settings object may be passed as is: its tone supplies the register and UI language. */
  tone?: { italianRegister?: RegisterPreference; uiLanguage?: 'auto' | UiLanguage };
}

const WORDS = {
  en: {
    category: 'same category',
    topic: 'topic',
    lang: 'in the customer’s language',
    usage: 'you used it {n}×',
    other: 'closest available',
    tooLong: 'too long for X',
  },
  it: {
    category: 'stessa categoria',
    topic: 'argomento',
    lang: 'nella lingua del cliente',
    usage: 'usato da te {n} volte',
    other: 'la più vicina disponibile',
    tooLong: 'troppo lungo per X',
  },
} as const;

const TOPIC_LABELS: Record<string, { en: string; it: string }> = {
  delivery: { en: 'delivery', it: 'consegna' },
  billing: { en: 'billing', it: 'addebiti' },
  refund: { en: 'refund', it: 'rimborso' },
  account: { en: 'account', it: 'account' },
  product_defect: { en: 'product defect', it: 'difetto' },
  availability: { en: 'availability', it: 'disponibilità' },
  store_hours: { en: 'store hours', it: 'orari' },
  shipping_abroad: { en: 'shipping abroad', it: 'spedizioni estero' },
  outage: { en: 'outage', it: 'disservizio' },
  safety: { en: 'safety', it: 'sicurezza' },
  privacy: { en: 'privacy', it: 'privacy' },
  generic: { en: 'generic', it: 'generico' },
};

/** Which template topics answer each built-in critical topic (settings ids from DEFAULT_CRITICAL_TOPICS). */
const URGENT_TEMPLATE_TOPICS: Record<string, Topic[]> = {
  double_charge: ['billing', 'refund'],
  refund_refused: ['refund'],
  hacked_fraud: ['account'],
  safety: ['safety', 'product_defect'],
  data_exposed: ['privacy'],
  outage: ['outage'],
};

/**
 * Ranks templates for a classified item: category first, then topics, language and register, then the
 * user's own habits (usage counts from the handled log). Returns the top 3 with a reason each.
 */
export function rankTemplates(
  templates: Template[],
  classification: Pick<Classification, 'category' | 'topics' | 'language' | 'register'> &
    Partial<Pick<Classification, 'urgent'>>,
  item: Pick<SocialItem, 'platform'>,
  usage: Record<string, number> = {},
  options: RankOptions = {},
): RankedTemplate[] {
  const settingLanguage = options.tone?.uiLanguage;
  const ui = options.uiLanguage ?? (settingLanguage && settingLanguage !== 'auto' ? settingLanguage : 'en');
  const register = options.italianRegister ?? options.tone?.italianRegister;
  const words = WORDS[ui];
  // An urgent item's critical topic outranks incidental ones: food poisoning "at your store" wants the
  // safety reply, not the store-visit one.
  const urgentTopics = new Set((classification.urgent?.topics ?? []).flatMap((id) => URGENT_TEMPLATE_TOPICS[id] ?? []));
  const ranked = templates
    .filter((template) => template.deletedAt === null)
    .map((template) => {
      const choice = pickVariant(template, classification, register);
      const sharedTopics = template.topics.filter((t) => t !== 'generic' && classification.topics.includes(t));
      const categoryMatch = template.category === classification.category;
      const uses = usage[template.id] ?? 0;
      const tooLong = item.platform === 'x' && template.action === 'reply' && xLength(choice.variant.body) > X_LIMIT;
      const score =
        (categoryMatch ? 100 : 0) +
        sharedTopics.length * 20 +
        (sharedTopics.some((t) => urgentTopics.has(t)) ? 30 : 0) +
        (template.topics.includes('generic') ? 2 : 0) +
        (choice.languageMatch ? 10 : 0) +
        (choice.registerMatch ? 4 : 0) +
        Math.min(8, Math.log2(1 + uses) * 3) -
        (tooLong ? 15 : 0);
      const parts: string[] = [];
      if (categoryMatch) parts.push(words.category);
      if (sharedTopics.length)
        parts.push(`${words.topic}: ${sharedTopics.map((t) => TOPIC_LABELS[t]?.[ui] ?? t).join(', ')}`);
      if (choice.languageMatch) {
        const register = choice.variant.register ? ` (${choice.variant.register === 'lei' ? 'Lei' : 'tu'})` : '';
        parts.push(`${words.lang}${register}`);
      }
      if (uses > 0) parts.push(words.usage.replace('{n}', String(uses)));
      if (tooLong) parts.push(words.tooLong);
      if (!categoryMatch && sharedTopics.length === 0) parts.unshift(words.other);
      const reason = parts.join(' · ');
      return { template, variant: choice.variant, reason: reason.charAt(0).toUpperCase() + reason.slice(1), score };
    });
  // Ties keep the library order, so results are stable between renders.
  return ranked
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => b.entry.score - a.entry.score || a.index - b.index)
    .slice(0, options.limit ?? 3)
    .map(({ entry }) => entry);
}
