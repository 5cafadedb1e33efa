import { BUCKETS, FIXED_VALUE } from './features';
import type { Features } from './features';
import { CUE, setModelWords } from './lexicon';
import { decodeWeights } from './weights-file';
import type { SentimentLabel } from './types';

/** Urgent topics the urgency head knows, in head order after "none"; ids match the default critical topics. */
export const URGENT_TOPIC_IDS = [
  'double_charge',
  'refund_refused',
  'hacked_fraud',
  'safety',
  'legal_threat',
  'data_exposed',
  'outage',
  'going_public',
] as const;

/** Output layout of the shared linear model: several heads read the same hashed features. */
export const HEAD = {
  category: { offset: 0, size: 6 },
  sentiment: { offset: 6, size: 3 },
  offensive: { offset: 9, size: 1 },
  spam: { offset: 10, size: 1 },
  /** Softmax over "not urgent" + URGENT_TOPIC_IDS. */
  urgency: { offset: 11, size: 1 + URGENT_TOPIC_IDS.length },
} as const;
export const OUTPUTS = 20;
/** Temperatures stored in the weights file, fitted after training so probabilities mean what they say. */
export const CALIBRATION = { category: 0, sentiment: 1, urgency: 2 } as const;
export const CALIBRATION_COUNT = 3;
/** Sentiment head order. */
export const SENTIMENT_LABELS = ['negative', 'neutral', 'positive'] as const satisfies readonly SentimentLabel[];

export interface Model {
  table: Int8Array;
  scale: Float64Array;
  bias: Float64Array;
  temperature: Float64Array;
}

let model: Model | null = null;

/**
 * Installs the weights file (public/classifier.bin): the extension fetches it by its own URL, Node reads it from
 * disk. Also adds the file's insult word list to the lexicon. Throws on a malformed or mismatched file.
 */
export function installModel(bytes: ArrayBuffer | Uint8Array): Model {
  const file = decodeWeights(bytes);
  if (file.buckets !== BUCKETS || file.outputs !== OUTPUTS)
    throw new Error(`classifier weights: ${file.buckets}×${file.outputs}, this build needs ${BUCKETS}×${OUTPUTS}`);
  const temperature = new Float64Array(CALIBRATION_COUNT).fill(1);
  for (let i = 0; i < Math.min(CALIBRATION_COUNT, file.temperature.length); i++)
    if (file.temperature[i] > 0) temperature[i] = file.temperature[i];
  setModelWords(file.insultHashes, CUE.insult);
  model = { table: file.table, scale: Float64Array.from(file.scale), bias: Float64Array.from(file.bias), temperature };
  return model;
}

export function hasModel(): boolean {
  return model !== null;
}

/** The installed model; throws before installModel (classify() turns that into an "unclassified" result). */
export function loadModel(): Model {
  if (!model) throw new Error('classifier weights not loaded');
  return model;
}

const acc = new Int32Array(OUTPUTS);

/** Raw logits for all heads (feature values: see Features.fixedStart). */
export function scoreLogits(f: Features, out: Float64Array, m: Model = loadModel()): Float64Array {
  const table = m.table;
  const ids = f.ids;
  // Five accumulators at a time in locals (registers), four passes over the ids: ~2x faster than
  // accumulating all twenty outputs in a typed array.
  for (let k0 = 0; k0 < OUTPUTS; k0 += 5) {
    let a0 = 0,
      a1 = 0,
      a2 = 0,
      a3 = 0,
      a4 = 0;
    for (let i = 0; i < f.fixedStart; i++) {
      const b = ids[i] * OUTPUTS + k0;
      a0 += table[b];
      a1 += table[b + 1];
      a2 += table[b + 2];
      a3 += table[b + 3];
      a4 += table[b + 4];
    }
    acc[k0] = a0;
    acc[k0 + 1] = a1;
    acc[k0 + 2] = a2;
    acc[k0 + 3] = a3;
    acc[k0 + 4] = a4;
  }
  const norm = f.fixedStart > 0 ? 1 / Math.sqrt(f.fixedStart) : 0;
  for (let k = 0; k < OUTPUTS; k++) out[k] = m.bias[k] + m.scale[k] * norm * acc[k];
  for (let i = f.fixedStart; i < f.count; i++) {
    const b = ids[i] * OUTPUTS;
    for (let k = 0; k < OUTPUTS; k++) out[k] += m.scale[k] * FIXED_VALUE * table[b + k];
  }
  return out;
}

/** Softmax over out[offset .. offset+size), logits divided by a temperature (1 = as trained). */
export function softmax(out: Float64Array, offset: number, size: number, into: Float64Array, temperature = 1): void {
  let max = -Infinity;
  for (let k = 0; k < size; k++) if (out[offset + k] > max) max = out[offset + k];
  let sum = 0;
  for (let k = 0; k < size; k++) {
    const e = Math.exp((out[offset + k] - max) / temperature);
    into[k] = e;
    sum += e;
  }
  for (let k = 0; k < size; k++) into[k] /= sum;
}

export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}
