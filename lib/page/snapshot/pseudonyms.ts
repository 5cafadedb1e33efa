/**
 * The replacement tables of one snapshot: words become pseudo-words of the same length and script, numbers
 * become other numbers, ids are renumbered. Each table is consistent (the same original always gets the same
 * replacement, whatever its case) and never hands out a word or number that occurs in the original.
 */
import { hash, rng } from './prng';
import { standIn } from './letters';

const TOKEN = /(\p{L}[\p{L}\p{M}]*)|(\p{Nd}+)/gu;
/** Digit runs this long are ids (status ids, comment ids, fbids...): renumbered, never guessed from. */
export const ID_DIGITS = 5;

export interface Originals {
  /** Every letter run of the original, lowercased. */
  words: Set<string>;
  /** Every digit run of the original. */
  numbers: Set<string>;
}

export function collectOriginals(into: Originals, text: string): void {
  for (const match of text.matchAll(TOKEN)) {
    if (match[1]) into.words.add(match[1].toLowerCase());
    else into.numbers.add(match[2]);
  }
}

export interface Pseudonyms {
  /** One letter run: a pseudo-word of the same length, script and case pattern. */
  word(word: string): string;
  /** Free text: words and numbers replaced, whitespace, punctuation and emoji kept. */
  text(text: string): string;
  /** A digit run of an id: the same length, numbered in order of first sight. */
  renumber(digits: string): string;
  /** A content id (status id, comment_id, pfbid...), with every part replaced consistently. */
  id(value: string): string;
}

export function createPseudonyms(seed: number, originals: Originals): Pseudonyms {
  const words = new Map<string, string>();
  const numbers = new Map<string, string>();
  const ids = new Map<string, string>();
  const nextByLength = new Map<number, number>();
  const used = new Set<string>();

  const generate = (chars: string[], key: string, attempt: number): string => {
    const random = rng(hash(seed, `${attempt}:${key}`));
    return chars.map((ch) => standIn(ch, random())).join('');
  };

  /** Lowercase pseudo-word for a lowercased key; case is applied per occurrence. */
  const wordFor = (key: string): string => {
    let pseudo = words.get(key);
    if (pseudo === undefined) {
      const chars = Array.from(key);
      pseudo = generate(chars, key, 0);
      for (let attempt = 1; attempt < 50 && chars.length > 1; attempt++) {
        const lower = pseudo.toLowerCase();
        if (lower !== key && !originals.words.has(lower)) break;
        pseudo = generate(chars, key, attempt);
      }
      words.set(key, pseudo);
    }
    return pseudo;
  };

  const word = (original: string): string => {
    const key = original.toLowerCase();
    const lower = Array.from(wordFor(key));
    const chars = Array.from(original);
    if (lower.length !== chars.length) return generate(chars, original, 0); // a case mapping changed the length
    return chars
      .map((ch, i) => {
        if (ch === ch.toLowerCase() || /\p{M}/u.test(ch)) return lower[i];
        const upper = lower[i].toUpperCase();
        return upper.length === lower[i].length ? upper : lower[i];
      })
      .join('');
  };

  const renumber = (digits: string): string => {
    let out = ids.get(digits);
    if (out !== undefined) return out;
    const length = digits.length;
    let next = nextByLength.get(length) ?? 0;
    do {
      next++;
      out = length === 1 ? String(next % 10) : `1${String(next).padStart(length - 1, '0')}`;
    } while ((originals.numbers.has(out) || used.has(out)) && next < 1e7);
    used.add(out);
    nextByLength.set(length, next);
    ids.set(digits, out);
    return out;
  };

  /** Short numbers (a count, "2 h") get random digits; id-long ones are renumbered. */
  const number = (digits: string): string => {
    if (digits.length >= ID_DIGITS) return renumber(digits);
    let out = numbers.get(digits);
    if (out === undefined) {
      out = generate(Array.from(digits), `#${digits}`, 0);
      numbers.set(digits, out);
    }
    return out;
  };

  const text = (input: string): string =>
    input.replace(TOKEN, (whole, letters: string | undefined) => (letters ? word(letters) : number(whole)));

  const id = (value: string): string => {
    if (/^\d+$/.test(value)) return renumber(value);
    if (/^[\d_:-]+$/.test(value)) return value.replace(/\d+/g, renumber);
    const pfbid = value.match(/^pfbid(\w+)$/);
    if (pfbid) return `pfbid${text(pfbid[1])}`;
    return text(value);
  };

  return { word, text, renumber, id };
}
