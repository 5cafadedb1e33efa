import { BUCKETS } from './features';
import type { Features } from './features';
import { WEIGHTS } from './weights.generated';

/** Output layout of the shared linear model: several heads read the same hashed features. */
export const HEAD = {
  category: { offset: 0, size: 6 },
  sentiment: { offset: 6, size: 3 },
  offensive: { offset: 9, size: 1 },
  spam: { offset: 10, size: 1 },
} as const;
export const OUTPUTS = 11;
/** Sentiment head order. */
export const SENTIMENT_LABELS = ['negative', 'neutral', 'positive'] as const;

export interface PackedWeights {
  buckets: number;
  outputs: number;
  /** Per-output dequantisation scale (int8 → float). */
  scale: number[];
  bias: number[];
  /** base64 of the int8 table, bucket-major (bucket * outputs + output). */
  data: string;
}

interface Model {
  table: Int8Array;
  scale: Float64Array;
  bias: Float64Array;
}

let model: Model | null = null;

function decodeBase64(b64: string): Uint8Array {
  if (typeof atob === 'function') {
    const bin = atob(b64);
    const out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  }
  return new Uint8Array(0);
}

/** Decoded on first use, once (keeps module import free of work). */
export function loadModel(packed: PackedWeights = WEIGHTS): Model {
  if (model && packed === WEIGHTS) return model;
  const bytes = decodeBase64(packed.data);
  const table = new Int8Array(BUCKETS * OUTPUTS);
  if (packed.buckets === BUCKETS && packed.outputs === OUTPUTS && bytes.length === table.length) {
    table.set(new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length));
  }
  const m = { table, scale: Float64Array.from(packed.scale), bias: Float64Array.from(packed.bias) };
  if (packed === WEIGHTS) model = m;
  return m;
}

/** Raw logits for all heads; feature values are 1/sqrt(n) so long and short texts score alike. */
export function scoreLogits(f: Features, out: Float64Array, m: Model = loadModel()): Float64Array {
  const table = m.table;
  const ids = f.ids;
  let a0 = 0,
    a1 = 0,
    a2 = 0,
    a3 = 0,
    a4 = 0,
    a5 = 0,
    a6 = 0,
    a7 = 0,
    a8 = 0,
    a9 = 0,
    a10 = 0;
  for (let i = 0; i < f.count; i++) {
    const b = ids[i] * OUTPUTS;
    a0 += table[b];
    a1 += table[b + 1];
    a2 += table[b + 2];
    a3 += table[b + 3];
    a4 += table[b + 4];
    a5 += table[b + 5];
    a6 += table[b + 6];
    a7 += table[b + 7];
    a8 += table[b + 8];
    a9 += table[b + 9];
    a10 += table[b + 10];
  }
  const norm = f.count > 0 ? 1 / Math.sqrt(f.count) : 0;
  const acc = [a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10];
  for (let k = 0; k < OUTPUTS; k++) out[k] = m.bias[k] + m.scale[k] * norm * acc[k];
  return out;
}

/** In-place softmax over out[offset .. offset+size). */
export function softmax(out: Float64Array, offset: number, size: number, into: Float64Array): void {
  let max = -Infinity;
  for (let k = 0; k < size; k++) if (out[offset + k] > max) max = out[offset + k];
  let sum = 0;
  for (let k = 0; k < size; k++) {
    const e = Math.exp(out[offset + k] - max);
    into[k] = e;
    sum += e;
  }
  for (let k = 0; k < size; k++) into[k] /= sum;
}

export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}
