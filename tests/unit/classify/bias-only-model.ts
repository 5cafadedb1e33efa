import { readFileSync } from 'node:fs';
import { CATEGORIES, type Category } from '@/lib/model/categories';
import { BUCKETS } from '@/lib/classify/features';
import { HEAD, installModel, OUTPUTS } from '@/lib/classify/model';
import { encodeWeights } from '@/lib/classify/weights-file';
import { WEIGHTS_PATH } from '../../../scripts/lib/install-weights';

/** A weights file whose table is all zeros: every text scores its biases (category log-probabilities given). */
export function biasOnlyWeights(categoryLogits: Partial<Record<Category, number>>): Uint8Array {
  const bias = new Float32Array(OUTPUTS).fill(0);
  for (const c of CATEGORIES) bias[HEAD.category.offset + CATEGORIES.indexOf(c)] = categoryLogits[c] ?? -20;
  bias[HEAD.spam.offset] = -20; // the spam head would otherwise share its 0.5 with the spam category
  bias[HEAD.urgency.offset] = 20; // not urgent
  return encodeWeights({
    buckets: BUCKETS,
    outputs: OUTPUTS,
    scale: new Float32Array(OUTPUTS).fill(1),
    bias,
    temperature: new Float32Array([1, 1, 1]),
    insultHashes: new Uint32Array(0),
    table: new Int8Array(BUCKETS * OUTPUTS),
  });
}

/** Runs fn with a bias-only model installed, then puts the shipped weights back. */
export function withBiasOnlyModel(categoryLogits: Partial<Record<Category, number>>, fn: () => void): void {
  installModel(biasOnlyWeights(categoryLogits));
  try {
    fn();
  } finally {
    installModel(readFileSync(WEIGHTS_PATH));
  }
}
