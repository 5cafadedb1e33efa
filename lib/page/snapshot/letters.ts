/**
 * Which letters may stand for a letter: one of the same script and case, from the same Unicode block (so a
 * UTF-16 length never changes). Latin maps to a-z / A-Z, vowel for vowel, so pseudo-words look like words.
 */

export type CharClass = 'upper' | 'lower' | 'other' | 'digit';

const LATIN = /\p{Script=Latin}/u;
const SCRIPT_NAMES = [
  'Greek',
  'Cyrillic',
  'Armenian',
  'Hebrew',
  'Arabic',
  'Syriac',
  'Thaana',
  'Devanagari',
  'Bengali',
  'Gurmukhi',
  'Gujarati',
  'Oriya',
  'Tamil',
  'Telugu',
  'Kannada',
  'Malayalam',
  'Sinhala',
  'Thai',
  'Lao',
  'Tibetan',
  'Myanmar',
  'Georgian',
  'Hangul',
  'Ethiopic',
  'Khmer',
  'Mongolian',
  'Hiragana',
  'Katakana',
  'Bopomofo',
  'Han',
];
const SCRIPTS = SCRIPT_NAMES.map((name) => new RegExp(`\\p{Script=${name}}`, 'u'));

const VOWELS = 'aeiou';
const CONSONANTS = 'bcdfghjklmnprstvz';
const DIGITS = '0123456789';

export function classOf(ch: string): CharClass | null {
  if (/\p{Nd}/u.test(ch)) return 'digit';
  if (/\p{Lu}|\p{Lt}/u.test(ch)) return 'upper';
  if (/\p{Ll}/u.test(ch)) return 'lower';
  if (/\p{L}/u.test(ch)) return 'other';
  return null;
}

const pools = new Map<string, string[]>();

/** Letters (or digits) of the same class and script as cp, from the block of 2^bits code points around it. */
function blockPool(cp: number, cls: CharClass, script: number, bits: number): string[] {
  const start = (cp >> bits) << bits;
  const key = `${start}|${bits}|${cls}|${script}`;
  let pool = pools.get(key);
  if (!pool) {
    pool = [];
    for (let c = start; c < start + (1 << bits); c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCodePoint(c);
      if (classOf(ch) === cls && (script < 0 || SCRIPTS[script].test(ch))) pool.push(ch);
    }
    pools.set(key, pool);
  }
  return pool;
}

function isVowel(ch: string): boolean {
  return VOWELS.includes(ch.normalize('NFD')[0].toLowerCase());
}

/**
 * A stand-in for one character, chosen with r in [0, 1). Letters are picked lowercase (from the lowercase
 * form) and then given the original's case, so "Maria" and "MARIA" get the same pseudo-word.
 */
export function standIn(ch: string, r: number): string {
  const cls = classOf(ch);
  if (!cls) return ch;
  const pick = (pool: string) => pool[Math.floor(r * pool.length)];
  if (cls === 'digit' && ch >= '0' && ch <= '9') return pick(DIGITS);
  if (cls !== 'digit' && LATIN.test(ch)) {
    const letter = pick(isVowel(ch) ? VOWELS : CONSONANTS);
    return cls === 'upper' ? letter.toUpperCase() : letter;
  }
  const lower = cls === 'upper' ? ch.toLowerCase() : ch;
  const base = Array.from(lower).length === 1 ? lower : ch;
  const baseClass = classOf(base) ?? cls;
  const cp = base.codePointAt(0)!;
  const script = SCRIPTS.findIndex((rx) => rx.test(base));
  let pool = blockPool(cp, baseClass, script, 7);
  if (pool.length < 2) pool = blockPool(cp, baseClass, script, 10);
  const chosen =
    pool.length >= 2
      ? pool[Math.floor(r * pool.length)]
      : baseClass === 'digit'
        ? pick(DIGITS)
        : 'x'.repeat(base.length);
  if (cls !== 'upper' || base === ch) return chosen;
  const upper = chosen.toUpperCase();
  return upper.length === chosen.length ? upper : chosen;
}
