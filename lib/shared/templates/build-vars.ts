import type { SocialItem } from '../model/social-item';
import type { TemplateVars } from './variables';

/** The settings fields rendering needs; structural so any Settings object fits. */
export interface TemplateVarSettings {
  brand: { names: string[]; agentSignature: string; privateChannelLink: string };
}

const TITLES = new Set([
  'dott',
  'dott.ssa',
  'dr',
  'sig',
  'sig.ra',
  'sig.na',
  'mr',
  'mrs',
  'ms',
  'miss',
  'prof',
  'ing',
  'avv',
]);

/**
 * The first name a person would be greeted with: "Dott. Maria Rossi" → "Maria". Names that look like
 * handles or nicknames ("mario_88", "🌸") give undefined, so the template's fallback is used instead.
 */
export function firstNameOf(authorName: string): string | undefined {
  const words = authorName.trim().split(/\s+/).filter(Boolean);
  const first = words.find((word) => !TITLES.has(word.toLowerCase().replace(/\.$/, '')));
  if (!first) return undefined;
  if (!/^\p{L}[\p{L}'’-]*$/u.test(first)) return undefined;
  // "MARIA" or "maria" → "Maria": shouting or lower-case names read oddly in a greeting.
  if (first === first.toUpperCase() || first === first.toLowerCase()) {
    return first.charAt(0).toUpperCase() + first.slice(1).toLowerCase();
  }
  return first;
}

/** On X the handle is the mention; on Facebook people are tagged by name. */
export function handleOf(item: Pick<SocialItem, 'platform' | 'authorHandle' | 'authorName'>): string | undefined {
  if (item.platform === 'x') return item.authorHandle ? `@${item.authorHandle.replace(/^@/, '')}` : undefined;
  return item.authorName.trim() || undefined;
}

export function buildTemplateVars(
  item: Pick<SocialItem, 'platform' | 'authorHandle' | 'authorName'>,
  settings?: TemplateVarSettings,
  extra: TemplateVars = {},
): TemplateVars {
  const vars: TemplateVars = {
    name: item.authorName.trim() || undefined,
    first_name: firstNameOf(item.authorName),
    handle: handleOf(item),
    brand: settings?.brand.names.find((n) => n.trim())?.trim(),
    agent: settings?.brand.agentSignature.trim() || undefined,
    channel_link: settings?.brand.privateChannelLink.trim() || undefined,
  };
  // `order` and `department` are never guessed: the user types them (an order number must not be copied
  // into a public reply by accident).
  return { ...vars, ...Object.fromEntries(Object.entries(extra).filter(([, v]) => v?.trim())) };
}
