/**
 * The name a public reply greets the customer with, derived from the display name, never copied: emoji,
 * handles, titles and shop suffixes go, and where a first name can't be told (a company, a handle, initials,
 * a script without capital letters) there is no name, only a suggestion the user confirms or drops.
 */
import {
  APOSTROPHE_FIRST_NAMES,
  BUSINESS_WORDS,
  COMPOUND_FIRST_NAMES,
  FUNCTION_WORDS,
  SURNAME_PARTICLES,
  TITLES,
} from './person-name-words';

export interface DerivedName {
  /** The first name, when it can be told. */
  name?: string;
  /** What the panel offers the user to confirm when there is no sure name; never shown without asking. */
  suggestion?: string;
}

// Invisible or direction-changing characters: a name must not reorder or hide text in the reply.
const INVISIBLE = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;
const PICTOGRAPHS = /\p{Extended_Pictographic}|\p{Regional_Indicator}|[\u{1F3FB}-\u{1F3FF}]|\uFE0E|\uFE0F|\u20E3/gu;
// Symbols that are not letters (★, ™, ♥, ✓...). Letters, marks, digits, spaces and name punctuation stay.
const SYMBOLS = /[^\p{L}\p{M}\p{N}\s'’.\-@_|/·•,()[\]{}:;~–—&+#]/gu;
/** Where a display name stops being a name: "Mario | Official Store", "Anna - Shop", "Luca (Milano)". */
const SEPARATOR = /\s+[-–—~:]\s+|[|/·•,;()[\]{}]|\s[-–—]|[-–—]\s/u;
const WORD = /^\p{L}[\p{L}\p{M}'’-]*\.?$/u;
const INITIALS = /^(?:\p{L}\.-?)+\p{L}?$|^\p{L}$/u;
const CASED = /[\p{Lu}\p{Ll}]/u;

/** Any value that reaches a public reply: no control, bidi or zero-width characters, one line, trimmed. */
export function cleanReplyValue(value: string, maxLength = 200): string {
  return value.replace(INVISIBLE, ' ').replace(/\s+/g, ' ').trim().slice(0, maxLength).trim();
}

/** The display name without emoji, symbols or invisible characters; fancy letters (𝓜𝓪𝓻𝓲𝓸) become plain. */
export function cleanDisplayName(display: string): string {
  return cleanReplyValue(display.normalize('NFKC').replace(PICTOGRAPHS, ' ').replace(SYMBOLS, ' '));
}

/** "MARIO" / "mario" → "Mario", "ANNA-MARIA" → "Anna-Maria", "D'AMICO" → "D'Amico"; mixed case stays. */
export function nameCase(word: string): string {
  if (word !== word.toUpperCase() && word !== word.toLowerCase()) return word;
  return word
    .toLowerCase()
    .replace(/(^|[-'’\s])(\p{L})/gu, (_, sep: string, letter: string) => sep + letter.toUpperCase());
}

const key = (word: string) => word.toLowerCase().replace(/\.$/, '');

/** Splits "TechShop" into "Tech", "Shop" so a brand glued in one word is still seen. */
const parts = (word: string) => word.split(/(?<=\p{Ll})(?=\p{Lu})|[-'’]/u).map(key);

const isBusiness = (words: string[]) =>
  words.some((w) => BUSINESS_WORDS.has(key(w)) || parts(w).some((p) => BUSINESS_WORDS.has(p)));

/** A handle or a nickname such as "@mario_88": suggests the letters of its first part, "Mario", to confirm. */
function fromHandle(text: string): DerivedName {
  if (/^www\.|\.(?:com|it|net|org|eu|io|co|shop|store|info)$/iu.test(text)) return {};
  const letters = /^(\p{L}{2,})/u.exec(text.replace(/^@/, ''))?.[1];
  return letters && !isBusiness([letters]) ? { suggestion: nameCase(letters) } : {};
}

export function deriveFirstName(display: string): DerivedName {
  const clean = cleanDisplayName(display);
  const head = clean.split(SEPARATOR)[0]!.trim();
  if (!head) return {};
  if (/[@_#\d]/u.test(head) || /\.\p{L}{2,}$/u.test(head)) return fromHandle(head);
  const words = head.split(/\s+/);
  const titled = TITLES.has(key(words[0]!));
  while (words.length > 0 && TITLES.has(key(words[0]!))) words.shift();
  // "Dott. Rossi", "Sig.ra Bianchi": after a title, one word is a surname.
  if (words.length === 0 || (titled && words.length === 1)) return {};
  const [first] = words as [string, ...string[]];
  const business = words.findIndex((w) => isBusiness([w]));
  if (business >= 0) {
    // "John Smith Official": a person may be there, and the user confirms; "Pizzeria Da Gino", "Acme Italia": no.
    return business >= 2 && WORD.test(first) && CASED.test(first) ? { suggestion: nameCase(first) } : {};
  }
  // Scripts without capital letters (CJK, Arabic, Hebrew, Thai...): where the given name sits can't be told.
  if (!CASED.test(head)) return { suggestion: head };
  if (words.length > 4 || words.some((w) => !WORD.test(w))) return {};
  // "Guadagna Da Casa", "Leonardo da Vinci": a phrase or a name we can't split safely.
  if (words.length > 2 && words.slice(1, -1).some((w) => FUNCTION_WORDS.has(key(w)))) return {};
  // "M. Rossi", "J.R. Smith": an initial is not a name to greet with.
  if (INITIALS.test(first)) return {};
  // "D'Amico Mario", "De Luca Anna": the surname comes first, so the first name is not the first word.
  const surnameFirst = /^[dlo]['’]/iu.test(first) && !APOSTROPHE_FIRST_NAMES.has(key(first).replace('’', "'"));
  if (words.length > 1 && (surnameFirst || SURNAME_PARTICLES.has(key(first)))) {
    return { suggestion: nameCase(words.at(-1)!) };
  }
  const pair = words.length > 1 ? `${key(first)} ${key(words[1]!)}` : '';
  const name = COMPOUND_FIRST_NAMES.has(pair) ? `${nameCase(first)} ${nameCase(words[1]!)}` : nameCase(first);
  return { name: name.replace(/\.$/, ''), suggestion: name.replace(/\.$/, '') };
}
