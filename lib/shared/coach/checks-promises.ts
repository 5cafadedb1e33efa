/**
 * Concrete promises (a time, an amount, a date) must come from the brand's settings or from the person writing,
 * never from a template's own text: "never promise what you can't keep". A promise the user typed is theirs; one
 * that is also in a brand fact is backed; one that arrived with a shipped template is flagged.
 */
import { GUIDELINES } from './guidelines';
import { finding, type Check } from './types';

const UNIT =
  'ore|ora|hours?|hrs?|h|minuti|minutes?|mins?|giorni(?: lavorativi)?|(?:working |business )?days?|settimane?|weeks?|mesi|months?';
const DAY =
  'monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica';
const MONTH =
  'january|february|march|april|may|june|july|august|september|october|november|december|gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre';

/** A time, an amount or a date stated as a fact; each alternative is one kind of promise. */
const PROMISE = new RegExp(
  `(?<![\\p{L}\\d])(?:${[
    `\\d+(?:[.,]\\d+)?(?:\\s*[-–]\\s*\\d+)?\\s*(?:${UNIT})`, // "24 ore", "3-5 working days", "2 days"
    `(?:entro|within|in|tra|fra)\\s+(?:un[ao]?|una|one|two|three|due|tre|a few|pochi|poche)\\s+(?:${UNIT})`,
    `(?:[01]?\\d|2[0-3])[:.][0-5]\\d`, // "13:00", "9.30"
    `(?:€|\\$|£)\\s?\\d+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?\\s?(?:€|euro|eur|\\$|%|percent|per cento)`, // "€20", "10%"
    `\\d{1,2}[/.-]\\d{1,2}(?:[/.-]\\d{2,4})?`, // "12/03"
    `\\d{1,2}\\s+(?:${MONTH})|(?:${MONTH})\\s+\\d{1,2}`, // "3 marzo", "March 3"
    `(?:by|entro|before|prima di|on|for)\\s+(?:${DAY})`, // "by Friday", "entro venerdì"
    `(?:tomorrow|today|tonight|domani|oggi(?: stesso)?|stasera|stanotte|end of (?:the )?(?:day|week))`,
  ].join('|')})(?![\\p{L}\\d])`,
  'giu',
);

/** Every concrete promise in a text, lower-cased, as written. */
export function concretePromises(text: string): string[] {
  return [...text.toLowerCase().matchAll(PROMISE)].map((match) => match[0].trim());
}

export const promisesFromBrandOrUser: Check = (c) => {
  const template = c.origin?.templateText?.toLowerCase();
  if (!template) return null;
  const facts = (c.origin?.facts ?? []).map((fact) => fact.toLowerCase());
  const unbacked = concretePromises(c.draft).filter(
    // Backed by a brand fact, or typed by the user (it was not in the template's text): fine.
    (promise) => !facts.some((fact) => fact.includes(promise)) && template.includes(promise),
  );
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
