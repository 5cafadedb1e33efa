import { readFileSync } from 'node:fs';
import { CATEGORIES, type Category } from '@/lib/shared/model/categories';
import { BUCKETS, wordBucket } from '@/lib/shared/classify/features';
import { tokenize } from '@/lib/shared/classify/tokenize';
import { HEAD, installModel, OUTPUTS } from '@/lib/shared/classify/linear-model';
import { encodeWeights } from '@/lib/shared/classify/weights-file';
import { WEIGHTS_PATH } from '../../../scripts/lib/install-weights';

export interface Biases {
  category: Partial<Record<Category, number>>;
  /** negative, neutral, positive logits (default neutral). */
  sentiment?: [number, number, number];
  /** Logits of "not urgent" then each URGENT_TOPIC_IDS topic (default: surely not urgent). */
  urgency?: number[];
  /** Table weights (int8, scale 1) for single words: word → output index → value. */
  words?: { word: string; output: number; value: number }[];
}

/** A weights file that scores the biases given (log-probabilities), plus any single-word weights given. */
export function biasOnlyWeights({
  category,
  sentiment = [-20, 0, -20],
  urgency = [20],
  words = [],
}: Biases): Uint8Array {
  const bias = new Float32Array(OUTPUTS).fill(0);
  for (const c of CATEGORIES) bias[HEAD.category.offset + CATEGORIES.indexOf(c)] = category[c] ?? -20;
  sentiment.forEach((b, k) => (bias[HEAD.sentiment.offset + k] = b));
  for (let k = 0; k < HEAD.urgency.size; k++) bias[HEAD.urgency.offset + k] = urgency[k] ?? -20;
  bias[HEAD.spam.offset] = -20; // the spam head would otherwise share its 0.5 with the spam category
  const table = new Int8Array(BUCKETS * OUTPUTS);
  for (const { word, output, value } of words) table[wordBucket(tokenize(word).hash[0]) * OUTPUTS + output] = value;
  return encodeWeights({
    buckets: BUCKETS,
    outputs: OUTPUTS,
    scale: new Float32Array(OUTPUTS).fill(1),
    bias,
    temperature: new Float32Array([1, 1, 1]),
    insultHashes: new Uint32Array(0),
    table,
  });
}

/** Runs fn with a bias-only model installed, then puts the shipped weights back. */
export function withBiasOnlyModel(biases: Biases, fn: () => void): void {
  installModel(biasOnlyWeights(biases));
  try {
    fn();
  } finally {
    installModel(readFileSync(WEIGHTS_PATH));
  }
}
