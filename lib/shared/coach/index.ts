import { tokenize } from '../classify/tokenize';
import { detectLanguage } from '../classify/language';
import { firstNameOf, handleOf } from '../templates/build-vars';
import {
  neverHideNegative,
  praiseReward,
  praiseThanksByName,
  questionSpecific,
  spamAdvice,
  trollAdvice,
} from './checks-category';
import {
  empathises,
  noBlame,
  notVague,
  offersNextStep,
  protectsPersonalData,
  realisticPromises,
} from './checks-complaint';
import { facebookMention, noPlaceholders, xLengthFits } from './checks-platform';
import { promisesFromBrandOrUser } from './checks-promises';
import {
  emojiWhenFitting,
  mirrorsLanguage,
  mirrorsRegister,
  noJokesOnComplaint,
  noSarcasm,
  usesName,
} from './checks-tone';
import type { Check, CoachContext, CoachInput, Finding } from './types';

export type { CoachInput, CoachSettings, Finding, ModerationAction, Severity } from './types';
export { GUIDELINES } from './guidelines';
export { detectRegister } from './register';

/** Checks that read the draft; they run only when there is a draft. */
const DRAFT_CHECKS: Check[] = [
  noPlaceholders,
  usesName,
  mirrorsLanguage,
  mirrorsRegister,
  empathises,
  noBlame,
  offersNextStep,
  protectsPersonalData,
  noSarcasm,
  noJokesOnComplaint,
  emojiWhenFitting,
  realisticPromises,
  promisesFromBrandOrUser,
  notVague,
  praiseThanksByName,
  praiseReward,
  questionSpecific,
  xLengthFits,
  facebookMention,
];
/** Advice about the item itself, shown even before typing. */
const ITEM_CHECKS: Check[] = [neverHideNegative, trollAdvice, spamAdvice];

const ORDER = { error: 0, warning: 1, info: 2, ok: 3 } as const;

function nameForms(item: CoachInput['item']): string[] {
  const forms = [
    firstNameOf(item.authorName),
    item.authorName.trim(),
    item.platform === 'x' ? handleOf(item) : undefined,
  ];
  return [...new Set(forms.filter((f): f is string => !!f && f.length > 1).map((f) => f.toLowerCase()))];
}

function contextOf(input: CoachInput): CoachContext {
  const cleaned = input.draft.replace(/\{[^{}]*\}|\[[^\]]*\]/g, ' ');
  const guess = cleaned.trim() ? detectLanguage(tokenize(cleaned)) : undefined;
  // Very short drafts ("Grazie!") don't tell a language reliably.
  const draftLanguage =
    guess && guess.confidence >= 0.15 && cleaned.trim().split(/\s+/).length >= 3 ? guess.language : 'other';
  return {
    ...input,
    lower: cleaned.toLowerCase(),
    draftLanguage,
    targetLanguage: input.classification.language === 'it' ? 'it' : 'en',
    nameForms: nameForms(input.item),
  };
}

/**
 * Coaches a draft reply against the care guidelines. Returns one finding per applicable check, worst
 * first; 'ok' findings tell a trainee what is already right.
 */
export function coachDraft(input: CoachInput): Finding[] {
  const context = contextOf(input);
  const checks = input.draft.trim() ? [...ITEM_CHECKS, ...DRAFT_CHECKS] : ITEM_CHECKS;
  return checks
    .map((check) => check(context))
    .filter((f): f is Finding => f !== null)
    .sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
}
