import type { SocialItem } from '../model/social-item';
import type { TemplateVars } from './variables';
import { factVars, type BrandFacts } from './brand-facts';
import { cleanDisplayName, cleanReplyValue, deriveFirstName } from './person-name';

/** The settings fields rendering needs; structural so any Settings object fits. */
export interface TemplateVarSettings {
  brand: { names: string[]; agentSignature: string; privateChannelLink: string; facts?: Partial<BrandFacts> };
}

/**
 * The first name a person would be greeted with, when one can be told: "Dott. Maria Rossi" → "Maria",
 * "Mario | Official Store 🔥" → "Mario". Handles, companies and nicknames ("@mario_88", "Pizzeria Da Gino")
 * give undefined: the panel asks the user (person-name.ts).
 */
export function firstNameOf(authorName: string): string | undefined {
  return deriveFirstName(authorName).name;
}

/** What the panel offers when there is no sure first name: a suggestion to confirm, or none. */
export function nameSuggestionOf(authorName: string): string | undefined {
  return deriveFirstName(authorName).suggestion;
}

/** On X the handle is the mention; on Facebook people are tagged by name. */
export function handleOf(item: Pick<SocialItem, 'platform' | 'authorHandle' | 'authorName'>): string | undefined {
  if (item.platform === 'x') {
    const handle = item.authorHandle.replace(/^@/, '');
    return /^\w{1,15}$/.test(handle) ? `@${handle}` : undefined;
  }
  return cleanDisplayName(item.authorName) || undefined;
}

export function buildTemplateVars(
  item: Pick<SocialItem, 'platform' | 'authorHandle' | 'authorName'>,
  settings?: TemplateVarSettings,
  extra: TemplateVars = {},
): TemplateVars {
  // {name} and {first_name} are the same derived first name: the display name as it is (emoji, shop
  // suffixes, titles) never goes into a public reply.
  const firstName = firstNameOf(item.authorName);
  const vars: TemplateVars = {
    name: firstName,
    first_name: firstName,
    handle: handleOf(item),
    brand: settings?.brand.names.find((n) => n.trim()),
    agent: settings?.brand.agentSignature,
    channel_link: settings?.brand.privateChannelLink,
    ...factVars(settings?.brand.facts),
    // `order` and `department` are never guessed: the user types them (an order number must not be copied
    // into a public reply by accident).
    ...extra,
  };
  // Every value that reaches a public reply: one line, no control, bidi or zero-width characters.
  const clean = Object.entries(vars).map(([key, value]) => [key, value ? cleanReplyValue(value) : ''] as const);
  return Object.fromEntries(clean.filter(([, value]) => value)) as TemplateVars;
}
