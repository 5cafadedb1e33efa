import { BUCKETS, FIXED_VALUE } from '../../lib/shared/classify/features';
import { encodeTokens } from '../../lib/shared/classify/encode';
import { HEAD, OUTPUTS } from '../../lib/shared/classify/linear-model';
import { tokenize } from '../../lib/shared/classify/tokenize';
import { rng, type Example } from './examples';

export interface Trained {
  weights: Float32Array;
  bias: Float64Array;
}

interface Encoded {
  ids: Int32Array;
  /** Value of each id, as classify() weighs it (see Features.fixedStart). */
  values: Float32Array;
  ex: Example;
}

/** Feature ids of a text and their values, exactly as classify() computes them. */
export function featureIds(text: string): { ids: Int32Array; values: Float32Array } {
  const f = encodeTokens(tokenize(text)).features;
  const norm = f.fixedStart > 0 ? 1 / Math.sqrt(f.fixedStart) : 0;
  const values = new Float32Array(f.count);
  for (let i = 0; i < f.count; i++) values[i] = i < f.fixedStart ? norm : FIXED_VALUE;
  return { ids: f.ids.slice(0, f.count), values };
}

function encode(examples: Example[]): Encoded[] {
  return examples.map((ex) => ({ ...featureIds(ex.text), ex }));
}

/** Raw logits of a trained (float) model for one text. */
export function logitsOf(t: Trained, { ids, values }: { ids: Int32Array; values: Float32Array }): Float64Array {
  const out = Float64Array.from(t.bias);
  for (let n = 0; n < ids.length; n++) {
    const b = ids[n] * OUTPUTS;
    for (let k = 0; k < OUTPUTS; k++) out[k] += t.weights[b + k] * values[n];
  }
  return out;
}

/**
 * Multi-head logistic regression by plain SGD on hashed features (values 1/sqrt(n), as at inference).
 * Each example updates only the heads it has a label for. Deterministic: seeded shuffle, fixed schedule.
 */
export function trainSgd(examples: Example[], opts: { epochs: number; lr: number; l2: number; seed: number }): Trained {
  const data = encode(examples);
  const W = new Float32Array(BUCKETS * OUTPUTS);
  // AdaGrad: rare n-grams keep a large step, frequent ones settle (works far better than plain SGD on hashed text).
  const G = new Float32Array(BUCKETS * OUTPUTS).fill(1e-6);
  const GB = new Float64Array(OUTPUTS).fill(1e-6);
  const bias = new Float64Array(OUTPUTS);
  const random = rng(opts.seed);
  const order = data.map((_, i) => i);
  const grad = new Float64Array(OUTPUTS);
  const logit = new Float64Array(OUTPUTS);
  const total = opts.epochs * data.length;
  let step = 0;
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const idx of order) {
      const { ids, values, ex } = data[idx];
      const lr = opts.lr * (1 - (0.5 * step) / total);
      step++;
      logit.set(bias);
      for (let n = 0; n < ids.length; n++) {
        const b = ids[n] * OUTPUTS;
        for (let k = 0; k < OUTPUTS; k++) logit[k] += W[b + k] * values[n];
      }
      grad.fill(0);
      if (ex.category !== undefined) softmaxGrad(logit, HEAD.category.offset, HEAD.category.size, ex.category, grad);
      if (ex.sentiment !== undefined)
        softmaxGrad(logit, HEAD.sentiment.offset, HEAD.sentiment.size, ex.sentiment, grad);
      if (ex.offensive !== undefined)
        grad[HEAD.offensive.offset] = sigmoid(logit[HEAD.offensive.offset]) - ex.offensive;
      if (ex.spam !== undefined) grad[HEAD.spam.offset] = sigmoid(logit[HEAD.spam.offset]) - ex.spam;
      if (ex.urgency !== undefined) softmaxGrad(logit, HEAD.urgency.offset, HEAD.urgency.size, ex.urgency, grad);
      for (let k = 0; k < OUTPUTS; k++) {
        if (grad[k] === 0) continue;
        const g = grad[k] * ex.weight;
        GB[k] += g * g;
        bias[k] -= (lr * g) / Math.sqrt(GB[k]);
      }
      for (let n = 0; n < ids.length; n++) {
        const b = ids[n] * OUTPUTS;
        for (let k = 0; k < OUTPUTS; k++) {
          if (grad[k] === 0) continue;
          const g = grad[k] * values[n] * ex.weight + opts.l2 * W[b + k];
          G[b + k] += g * g;
          W[b + k] -= (lr * g) / Math.sqrt(G[b + k]);
        }
      }
    }
  }
  return { weights: W, bias };
}

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

function softmaxGrad(logit: Float64Array, offset: number, size: number, target: number, grad: Float64Array): void {
  let max = -Infinity;
  for (let k = 0; k < size; k++) max = Math.max(max, logit[offset + k]);
  let sum = 0;
  for (let k = 0; k < size; k++) sum += Math.exp(logit[offset + k] - max);
  for (let k = 0; k < size; k++) grad[offset + k] = Math.exp(logit[offset + k] - max) / sum - (k === target ? 1 : 0);
}
