/**
 * Insult words from maintained npm lists, shipped as hashes inside the weights file (no word list in any JS
 * bundle): cuss (MIT; English and Italian, with a "sureness" rating) and italian-badwords-list (MIT).
 * Only words the lists are sure of, and only single words (the tokenizer's hash of one token).
 */
import { createRequire } from 'node:module';
import { cuss as cussEn } from 'cuss';
import { cuss as cussIt } from 'cuss/it';
import { STOPWORDS } from '../../lib/shared/classify/language-data';
import { tokenize } from '../../lib/shared/classify/tokenize';
import { WORD } from '../../lib/shared/classify/tokens';

const require = createRequire(import.meta.url);
const italianBadwords = (require('italian-badwords-list') as { array: string[] }).array;

/** cuss rates 0 (maybe not profane, e.g. "ano", "arare") to 2 (surely profane). */
const SURE = 2;

/**
 * Words that the lists call profane but that customers use plainly about a product or service (they would make a
 * complaint look like a troll).
 */
const NOT_AN_INSULT = new Set([
  'cristo',
  'bordello',
  'fire',
  'hell',
  'damn',
  'god',
  'crap',
  'sucks',
  'suck',
  // English slang that is a common Italian word ("ho pagato", "ero a casa"): seen flagging Italian complaints.
  'ho',
  'ero',
  // Every function word of either language (one list's insult is the other language's "I have").
  ...Object.values(STOPWORDS).flatMap((words) => words.split(' ')),
]);

export function insultWordHashes(): Uint32Array {
  const words = [
    ...Object.entries(cussEn)
      .filter(([, rating]) => rating >= SURE)
      .map(([w]) => w),
    ...Object.entries(cussIt)
      .filter(([, rating]) => rating >= SURE)
      .map(([w]) => w),
    ...italianBadwords,
  ];
  const hashes = new Set<number>();
  for (const w of words) {
    if (NOT_AN_INSULT.has(w.toLowerCase())) continue;
    const t = tokenize(w);
    if (t.count === 1 && t.kind[0] === WORD) hashes.add(t.hash[0] >>> 0);
  }
  return Uint32Array.from([...hashes].sort((a, b) => a - b));
}
