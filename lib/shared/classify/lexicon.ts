import { hashString, mix } from './hash';
import { CUE_BIGRAMS, CUE_EMOJI, CUE_WORDS } from './lexicon-data';
import { FNV_OFFSET, fnvStep } from './hash';

/** Cue ids: bit positions in the per-word mask and indices into the per-text cue counts. */
export const CUE = {
  negative: 0,
  positive: 1,
  insult: 2,
  negation: 3,
  qword: 4,
  problem: 5,
  customer: 6,
  spam: 7,
  laugh: 8,
  polemic: 9,
  lei: 10,
  tu: 11,
  sarcasm: 12,
} as const;
export type CueName = keyof typeof CUE;
export const CUE_COUNT = 13;

export interface Lexicon {
  words: Map<number, number>;
  bigrams: Map<number, number>;
  /** A sample surface form per word hash, to quote cues in reasons. */
  skipInBigram: Set<number>;
}

let compiled: Lexicon | null = null;
/** Words that come with the installed weights file (maintained npm lists), as hashes, and their cue bit. */
let modelWords: { hashes: ArrayLike<number>; bit: number } = { hashes: [], bit: 0 };

/**
 * The installed weights' word list for a cue (their insult list). Replaces the previous model's list: the
 * lexicon is compiled again on next use, so no word outlives the model it came with.
 */
export function setModelWords(hashes: ArrayLike<number>, cue: number): void {
  modelWords = { hashes, bit: 1 << cue };
  compiled = null;
}

export function bigramKey(a: number, b: number): number {
  return mix(a, b);
}

/** Compiled once, lazily (no work at import time). */
export function lexicon(): Lexicon {
  if (compiled) return compiled;
  const words = new Map<number, number>();
  for (const [cue, list] of Object.entries(CUE_WORDS)) {
    const bit = 1 << CUE[cue as CueName];
    for (const w of list.split(' ')) if (w) words.set(hashString(w), (words.get(hashString(w)) ?? 0) | bit);
  }
  for (const [cue, cps] of Object.entries(CUE_EMOJI)) {
    const bit = 1 << CUE[cue as CueName];
    for (const cp of cps) words.set(fnvStep(FNV_OFFSET, cp), (words.get(fnvStep(FNV_OFFSET, cp)) ?? 0) | bit);
  }
  for (let i = 0; i < modelWords.hashes.length; i++) {
    const h = modelWords.hashes[i] | 0;
    words.set(h, (words.get(h) ?? 0) | modelWords.bit);
  }
  const bigrams = new Map<number, number>();
  for (const [cue, list] of Object.entries(CUE_BIGRAMS)) {
    const bit = 1 << CUE[cue as CueName];
    for (const phrase of list) {
      const [a, b] = phrase.split(' ');
      const key = bigramKey(hashString(a), hashString(b));
      bigrams.set(key, (bigrams.get(key) ?? 0) | bit);
    }
  }
  const skipInBigram = new Set([hashString('t'), hashString('s')]);
  compiled = { words, bigrams, skipInBigram };
  return compiled;
}
