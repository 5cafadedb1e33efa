import { FNV_OFFSET, fnvStep, hashString, mix } from './hash';
import { bigramKey, CUE, CUE_COUNT, lexicon } from './lexicon';
import { EMOJI, MENTION, NUMBER, URL, WORD, type Tokens } from './tokenize';

/** Hash table size shared by training and inference (2^15 buckets). */
export const BUCKET_BITS = 15;
export const BUCKETS = 1 << BUCKET_BITS;
const MASK = BUCKETS - 1;
const MAX_FEATURES = 8192;

const SEED_WORD = 0x1001;
const SEED_BIGRAM = 0x2002;
const SEED_CHAR3 = 0x3003;
const SEED_CUE = 0x5005;
const SPACE = 32;

/** Features of one text: bucket ids (repeats allowed) and cue counts; reused between calls. */
export interface Features {
  ids: Int32Array;
  count: number;
  /**
   * ids[0 .. fixedStart) are worth 1/sqrt(fixedStart) each (long and short texts score alike); the phrase
   * matches from fixedStart on are worth FIXED_VALUE each, however long the text: one "charged twice" in a long
   * rant is as telling as in a short one.
   */
  fixedStart: number;
  cues: Int16Array;
  /** Token index of the first word that fired each cue (-1 when none), to quote it in reasons. */
  cueToken: Int32Array;
  mentions: number;
  hashtags: number;
  words: number;
  /** Bit (id - 100) set for each META cue that fired. */
  meta: number;
}

let shared: Features | null = null;

function cueFeature(id: number): number {
  return mix(SEED_CUE, id) & MASK;
}

/** Cue-level feature ids: named so reasons and tests can refer to them. */
export const META = {
  shout: 100,
  exclam: 101,
  exclam3: 102,
  question: 103,
  endsQuestion: 104,
  elongated: 105,
  url: 106,
  shadyUrl: 107,
  domain: 108,
  phone: 109,
  mention: 110,
  mentions3: 111,
  hashtags3: 112,
  negatedPositive: 113,
  positiveWithProblem: 114,
  questionWithProblem: 115,
  insultWithCustomer: 116,
  insultNoCustomer: 117,
  short: 118,
  medium: 119,
  long: 120,
  emoticonPos: 121,
  emoticonNeg: 122,
  sarcasmWithProblem: 123,
  /** Starts like a question: "Is it...", "Can I...", "Posso...", "Avete...". */
  questionOpening: 124,
} as const;

/** First words that open a question (EN auxiliary inversion, IT modal/"avete" openings); built on first use. */
let questionOpeners: Set<number> | null = null;
function isQuestionOpener(hash: number): boolean {
  questionOpeners ??= new Set(
    'is are do does did can could would will should has have was were may posso potete potreste possiamo avete ce vorrei sapete'
      .split(' ')
      .map(hashString),
  );
  return questionOpeners.has(hash);
}

/** Feature ids of the default critical-topic phrase matches (one per topic, in URGENT_TOPIC_IDS order) and of a guarded match. */
export const PHRASE_HIT_BASE = 200;
export const PHRASE_GUARDED = 230;
/** Value of each phrase-match feature (see Features.fixedStart). */
export const FIXED_VALUE = 0.25;

/**
 * Hashed features of one text. `phraseHits` has bit i set when the default phrases of urgent topic i matched
 * (bit 31: a match dropped by a negation/hypothetical guard): the urgency head learns how far to trust them.
 */
export function extractFeatures(t: Tokens, phraseHits = 0): Features {
  const f =
    shared ??
    (shared = {
      ids: new Int32Array(MAX_FEATURES),
      count: 0,
      fixedStart: 0,
      cues: new Int16Array(CUE_COUNT),
      cueToken: new Int32Array(CUE_COUNT),
      mentions: 0,
      hashtags: 0,
      words: 0,
      meta: 0,
    });
  const lex = lexicon();
  const ids = f.ids;
  const buf = t.buf;
  f.cues.fill(0);
  f.cueToken.fill(-1);
  let n = 0;
  let prevKey = SEED_BIGRAM;
  let prevWordHash = 0;
  let lastNegation = -10;
  let negatedPositive = 0;
  let mentions = 0;
  let hashtags = 0;
  let words = 0;
  let firstWord = 0;
  const limit = MAX_FEATURES - 96;
  for (let i = 0; i < t.count && n < limit; i++) {
    const kind = t.kind[i];
    const h = t.hash[i];
    let key: number;
    if (kind === WORD) {
      key = h;
      if (words++ === 0) firstWord = h;
      if (t.hashtag[i]) hashtags++;
      const mask = lex.words.get(h) ?? 0;
      if (mask !== 0) {
        for (let c = 0; c < CUE_COUNT; c++) {
          if (mask & (1 << c)) {
            f.cues[c]++;
            if (f.cueToken[c] < 0) f.cueToken[c] = i;
          }
        }
        if (mask & (1 << CUE.negation)) lastNegation = i;
        else if (mask & (1 << CUE.positive) && i - lastNegation <= 2) negatedPositive++;
      }
      if (!lex.skipInBigram.has(h)) {
        if (prevWordHash !== 0) {
          const bmask = lex.bigrams.get(bigramKey(prevWordHash, h)) ?? 0;
          if (bmask !== 0) {
            for (let c = 0; c < CUE_COUNT; c++) {
              if (bmask & (1 << c)) {
                f.cues[c]++;
                if (f.cueToken[c] < 0) f.cueToken[c] = i;
              }
            }
          }
        }
        prevWordHash = h;
      }
      // Character 3-grams of the word padded with spaces: robust to typos and inflections.
      // (4-grams were measured too: same accuracy on every dev set, 40% slower.)
      const s = t.start[i];
      const e = t.end[i];
      for (let p = s - 1; p + 2 <= e && n < limit; p++) {
        const c0 = p < s ? SPACE : buf[p];
        const c2 = p + 2 < e ? buf[p + 2] : SPACE;
        ids[n++] = mix(fnvStep(fnvStep(fnvStep(SEED_CHAR3, c0), buf[p + 1]), c2), SEED_CHAR3) & MASK;
      }
    } else if (kind === EMOJI) {
      key = h;
      const mask = lex.words.get(h) ?? 0;
      for (let c = 0; c < CUE_COUNT; c++) {
        if (mask & (1 << c)) {
          f.cues[c]++;
          if (f.cueToken[c] < 0) f.cueToken[c] = i;
        }
      }
    } else if (kind === NUMBER) {
      key = fnvStep(FNV_OFFSET, Math.min(t.end[i] - t.start[i], 6));
    } else if (kind === URL) {
      key = 0x55aa;
    } else {
      key = 0x77cc;
      if (kind === MENTION) mentions++;
    }
    ids[n++] = mix(key, SEED_WORD) & MASK;
    ids[n++] = mix(mix(prevKey, key), SEED_BIGRAM) & MASK;
    prevKey = key;
  }
  ids[n++] = mix(prevKey, SEED_BIGRAM + 1) & MASK;
  const cues = f.cues;
  for (let c = 0; c < CUE_COUNT; c++) {
    if (cues[c] > 0) ids[n++] = cueFeature(c * 4);
    if (cues[c] > 1) ids[n++] = cueFeature(c * 4 + 1);
  }
  let meta = 0;
  const push = (id: number, on: boolean | number) => {
    if (!on) return;
    ids[n++] = cueFeature(id);
    meta |= 1 << (id - 100);
  };
  push(META.shout, t.letters >= 8 && t.upper > t.letters * 0.7);
  push(META.exclam, t.exclam > 0);
  push(META.exclam3, t.exclam >= 3);
  push(META.question, t.question > 0);
  push(META.endsQuestion, t.endsWithQuestion);
  push(META.elongated, t.elongated);
  push(META.url, n > 0 && hasKind(t, URL));
  push(META.shadyUrl, t.shadyUrls);
  push(META.domain, t.domains);
  push(META.phone, t.maxDigitRun >= 9);
  push(META.mention, mentions);
  push(META.mentions3, mentions >= 3);
  push(META.hashtags3, hashtags >= 3);
  push(META.negatedPositive, negatedPositive);
  push(META.positiveWithProblem, cues[CUE.positive] > 0 && (cues[CUE.problem] > 0 || cues[CUE.negative] > 0));
  push(META.questionWithProblem, (t.question > 0 || cues[CUE.qword] > 0) && cues[CUE.problem] > 0);
  push(META.insultWithCustomer, cues[CUE.insult] > 0 && (cues[CUE.customer] > 0 || cues[CUE.problem] > 0));
  push(META.insultNoCustomer, cues[CUE.insult] > 0 && cues[CUE.customer] === 0 && cues[CUE.problem] === 0);
  push(META.sarcasmWithProblem, cues[CUE.sarcasm] > 0 && (cues[CUE.problem] > 0 || cues[CUE.negative] > 0));
  push(META.short, words <= 3);
  push(META.medium, words > 3 && words <= 20);
  push(META.long, words > 20);
  push(META.emoticonPos, t.emoticonPos);
  push(META.emoticonNeg, t.emoticonNeg);
  push(META.questionOpening, isQuestionOpener(firstWord));
  f.fixedStart = n;
  for (let k = 0; k < 30; k++) if (phraseHits & (1 << k)) ids[n++] = cueFeature(PHRASE_HIT_BASE + k);
  if (phraseHits & (1 << 31)) ids[n++] = cueFeature(PHRASE_GUARDED);
  f.count = n;
  f.meta = meta;
  f.mentions = mentions;
  f.hashtags = hashtags;
  f.words = words;
  return f;
}

function hasKind(t: Tokens, kind: number): boolean {
  for (let i = 0; i < t.count; i++) if (t.kind[i] === kind) return true;
  return false;
}

/** Bucket of a single word's unigram feature (for explaining which words pushed a decision). */
export function wordBucket(hash: number): number {
  return mix(hash, SEED_WORD) & MASK;
}

export function cueBucket(id: number): number {
  return cueFeature(id);
}
