/**
 * Concrete promises (a time, an amount, a date) must come from the brand's settings or from the person writing,
 * never from a template's own text: "never promise what you can't keep". A promise the user typed is theirs; one
 * that is also a brand fact's is backed; one that arrived with a template (shipped, imported or saved: a template
 * is not the user's own typing) is flagged.
 */
import { GUIDELINES } from './guidelines';
import { CONCRETE_PROMISE, PROMISES } from './lexicon-transparency';
import { finding, type Check } from './types';

interface Found {
  /** The promise as written, lower-cased, spaces collapsed. */
  phrase: string;
  start: number;
  end: number;
}

function promisesIn(lower: string): Found[] {
  return [...lower.matchAll(CONCRETE_PROMISE)].map((match) => ({
    phrase: match[0].trim().replace(/\s+/g, ' '),
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/** Every concrete promise in a text, lower-cased, as written. */
export function concretePromises(text: string): string[] {
  return promisesIn(text.toLowerCase()).map((promise) => promise.phrase);
}

export const promisesFromBrandOrUser: Check = (c) => {
  const template = c.origin?.templateText;
  if (!template) return null;
  // Whole promise to whole promise: "4 days" is not backed by a fact saying "14 days", nor "9:00" by "19:00".
  const inTemplate = new Set(concretePromises(template));
  const backed = new Set((c.origin?.facts ?? []).flatMap(concretePromises));
  // "In 5 minutes" is already the 'promises' finding (an unrealistic promise): one finding, not two.
  const unrealistic = PROMISES.spans(c.lower);
  const unbacked = promisesIn(c.lower)
    .filter(({ start, end }) => !unrealistic.some(([from, to]) => start < to && from < end))
    .map(({ phrase }) => phrase)
    // Backed by a brand fact, or typed by the user (not a promise of the template's text): fine.
    .filter((phrase) => !backed.has(phrase) && inTemplate.has(phrase));
  if (unbacked.length === 0) return null;
  const list = [...new Set(unbacked)].map((promise) => `“${promise}”`).join(', ');
  return finding(
    'unbacked-promise',
    'warning',
    `${list} came with the template, not from your brand settings or from you: check it holds for your brand, set it in Settings, or change it. Never promise what you can’t keep.`,
    `${list} viene dal modello, non dalle impostazioni del brand né da te: verifica che valga per il tuo brand, impostalo nelle Impostazioni o cambialo. Mai promettere ciò che non puoi mantenere.`,
    GUIDELINES.complaintPromise,
  );
};
