/** Personal data that must never appear in a public reply (nor be left in one by a template). */
const PATTERNS: { kind: string; en: string; it: string; pattern: RegExp }[] = [
  { kind: 'email', en: 'an email address', it: 'un indirizzo email', pattern: /[\w.+-]+@[\w-]+\.[\w.]{2,}/ },
  {
    kind: 'iban',
    en: 'an IBAN',
    it: 'un IBAN',
    pattern: /\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){3,7}(?:\s?[A-Z0-9]{1,3})?\b/,
  },
  { kind: 'card', en: 'a card number', it: 'un numero di carta', pattern: /\b(?:\d{4}[ -]?){3}\d{4}\b/ },
  {
    kind: 'phone',
    en: 'a phone number',
    it: 'un numero di telefono',
    pattern: /(?:\+\d{1,3}[\s.]?)?\b3\d{2}[\s.]?\d{3}[\s.]?\d{3,4}\b|\+\d{1,3}[\s.]?\d{2,4}[\s.]?\d{3,4}[\s.]?\d{3,4}/,
  },
  {
    kind: 'order',
    en: 'an order number',
    it: 'un numero d’ordine',
    pattern: /(?:order|ordine|ord\.?|n\.)\s*(?:n(?:o|r|um)?\.?|number|numero)?\s*[#:]?\s*[A-Z]{0,3}\d{5,}|#\d{5,}/i,
  },
];

export interface PersonalDataHit {
  kind: string;
  label: { en: string; it: string };
}

/** Which kinds of personal data the text contains (each kind once). */
export function findPersonalData(text: string): PersonalDataHit[] {
  return PATTERNS.filter((p) => p.pattern.test(text)).map((p) => ({ kind: p.kind, label: { en: p.en, it: p.it } }));
}
