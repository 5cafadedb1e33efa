import type { Category } from '../model/categories';
import { CATEGORIES } from '../model/categories';
import { cueBucket, META, wordBucket, type Features } from './features';
import { CUE, type CueName } from './lexicon';
import { OUTPUTS, type loadModel } from './linear-model';
import { EMOJI, tokenText, WORD, type Tokens } from './tokenize';
import type { Reason } from './types';
import { functionWordHashes } from './function-words';

type Model = ReturnType<typeof loadModel>;

const CATEGORY_IT: Record<Category, string> = {
  complaint: 'reclamo',
  praise: 'elogio',
  question: 'domanda',
  troll: 'troll',
  spam: 'spam',
  other: 'altro',
};

/** Words for each cue, in English and Italian, with %s for the quoted word. */
const CUE_TEXT: Partial<Record<CueName, [string, string]>> = {
  sarcasm: ['sarcasm marker "%s" usually hides a complaint', 'segnale di sarcasmo "%s": di solito nasconde un reclamo'],
  problem: ['problem words ("%s") point to a customer issue', 'parole di problema ("%s"): c\'è un disservizio'],
  insult: ['insult ("%s")', 'insulto ("%s")'],
  negative: ['negative word "%s"', 'parola negativa "%s"'],
  positive: ['positive word "%s"', 'parola positiva "%s"'],
  spam: ['promotional word "%s" typical of spam', 'parola promozionale "%s", tipica dello spam'],
  qword: ['question word "%s"', 'parola interrogativa "%s"'],
  polemic: [
    'polemic/political word "%s" unrelated to a purchase',
    'parola polemica/politica "%s" non legata a un acquisto',
  ],
  laugh: ['mocking laughter ("%s")', 'risata di scherno ("%s")'],
};

const META_TEXT: [number, string, string][] = [
  [META.phone, 'contains a phone number', 'contiene un numero di telefono'],
  [META.shadyUrl, 'link to a shortener or unknown shop', 'link accorciato o a un negozio sconosciuto'],
  [META.url, 'contains a link', 'contiene un link'],
  [META.endsQuestion, 'ends with a question mark', 'finisce con un punto di domanda'],
  [META.questionWithProblem, 'a question that reports a problem', 'una domanda che segnala un problema'],
  [
    META.positiveWithProblem,
    'praise words next to a problem (sarcasm or mixed review)',
    'parole di elogio accanto a un problema (sarcasmo o recensione mista)',
  ],
  [META.insultNoCustomer, 'insult with no customer issue behind it', 'insulto senza un problema da cliente dietro'],
  [
    META.insultWithCustomer,
    'angry, but about a real customer issue',
    'arrabbiato, ma per un problema reale da cliente',
  ],
  [META.shout, 'written in ALL CAPS (shouting)', 'scritto TUTTO MAIUSCOLO (urla)'],
  [META.negatedPositive, 'negated praise ("non ... buono")', 'elogio negato ("non ... buono")'],
  [META.exclam3, 'many exclamation marks', 'molti punti esclamativi'],
  [META.questionOpening, 'opens like a question', 'inizia come una domanda'],
];

function cueWeight(m: Model, bucket: number, cat: number, runnerUp: number, norm: number): number {
  const b = bucket * OUTPUTS;
  return (m.table[b + cat] * m.scale[cat] - m.table[b + runnerUp] * m.scale[runnerUp]) * norm;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

/**
 * What pushed the chosen category above the runner-up, taken while the text's tokens and features are at hand
 * (they are reused buffers): only numbers and at most a few quoted words, so classify() pays ~1 µs for it and
 * the reasons' sentences are written only when someone reads them.
 */
export interface ReasonEvidence {
  category: number;
  /** [cue id, weight, quoted word] for cues that pushed the category. */
  cues: [number, number, string][];
  /** [META id, weight] for structural cues that pushed it. */
  meta: [number, number][];
  /** The single word that pushed it most, with its weight. */
  word?: [string, number];
}

export function collectEvidence(t: Tokens, f: Features, m: Model, cat: number, runnerUp: number): ReasonEvidence {
  const norm = f.fixedStart > 0 ? 1 / Math.sqrt(f.fixedStart) : 0;
  const evidence: ReasonEvidence = { category: cat, cues: [], meta: [] };
  for (const name in CUE_TEXT) {
    const c = CUE[name as CueName];
    if (f.cues[c] === 0 || f.cueToken[c] < 0) continue;
    const w = cueWeight(m, cueBucket(c * 4), cat, runnerUp, norm);
    // Emoji tokens keep no text in the normalised buffer: name them instead of quoting nothing.
    if (w > 0.02) evidence.cues.push([c, w, t.kind[f.cueToken[c]] === EMOJI ? 'emoji' : tokenText(t, f.cueToken[c])]);
  }
  for (const [id] of META_TEXT) {
    if ((f.meta & (1 << (id - 100))) === 0) continue;
    const w = cueWeight(m, cueBucket(id), cat, runnerUp, norm);
    if (w > 0.02) evidence.meta.push([id, w]);
  }
  let bestWord = -1;
  let bestW = 0.05;
  const skip = functionWordHashes();
  for (let i = 0; i < t.count; i++) {
    if (t.kind[i] !== WORD || t.end[i] - t.start[i] < 4 || skip.has(t.hash[i])) continue;
    const w = cueWeight(m, wordBucket(t.hash[i]), cat, runnerUp, norm);
    if (w > bestW) {
      bestW = w;
      bestWord = i;
    }
  }
  if (bestWord >= 0) evidence.word = [tokenText(t, bestWord), bestW];
  return evidence;
}

const CUE_NAMES = Object.fromEntries(Object.entries(CUE).map(([name, id]) => [id, name as CueName]));

/** The evidence as sentences a trainee understands, strongest first (at most 5). */
export function modelReasons(e: ReasonEvidence): Reason[] {
  const category = CATEGORIES[e.category];
  const reasons: Reason[] = [];
  for (const [c, w, word] of e.cues) {
    const [en, it] = CUE_TEXT[CUE_NAMES[c]]!;
    reasons.push({
      text: `${en.replace('%s', word)} → ${category}`,
      textIt: `${it.replace('%s', word)} → ${CATEGORY_IT[category]}`,
      target: category,
      weight: round(w),
    });
  }
  for (const [id, w] of e.meta) {
    const [, en, it] = META_TEXT.find(([metaId]) => metaId === id)!;
    reasons.push({
      text: `${en} → ${category}`,
      textIt: `${it} → ${CATEGORY_IT[category]}`,
      target: category,
      weight: round(w),
    });
  }
  if (e.word) {
    const [word, w] = e.word;
    reasons.push({
      text: `the word "${word}" → ${category}`,
      textIt: `la parola "${word}" → ${CATEGORY_IT[category]}`,
      target: category,
      weight: round(w),
    });
  }
  reasons.sort((a, b) => b.weight - a.weight);
  return reasons.slice(0, 5);
}
