import { encodeTokens } from './encode';
import type { Features } from './features';
import { CALIBRATION, HEAD, loadModel, OUTPUTS, scoreLogits, sigmoid, softmax, type Model } from './linear-model';
import { tokenize } from './tokenize';

/** The heads' calibrated outputs for the last scored text; reused buffers (the hot path allocates nothing). */
export const heads = {
  logits: new Float64Array(OUTPUTS),
  category: new Float64Array(HEAD.category.size),
  sentiment: new Float64Array(HEAD.sentiment.size),
  urgency: new Float64Array(HEAD.urgency.size),
  offensive: 0,
  spam: 0,
};

export const SPAM = 4;
/** Share of the category head in the spam score; the rest comes from the dedicated spam head (tuned on dev). */
const CAT_SPAM_SHARE = 0.35;

/** The dedicated spam head (trained on far more spam) gets most of the say on the spam category. */
function blendSpam(probs: Float64Array, spamP: number): void {
  const blended = CAT_SPAM_SHARE * probs[SPAM] + (1 - CAT_SPAM_SHARE) * spamP;
  const rest = 1 - probs[SPAM];
  const scale = rest > 0 ? (1 - blended) / rest : 0;
  for (let k = 0; k < 6; k++) probs[k] = k === SPAM ? blended : probs[k] * scale;
}

/** Scores the features into `heads`: softmax with each head's fitted temperature, spam blended into the category. */
export function scoreHeads(f: Features, model: Model): void {
  const { logits } = heads;
  const t = model.temperature;
  scoreLogits(f, logits, model);
  softmax(logits, HEAD.category.offset, HEAD.category.size, heads.category, t[CALIBRATION.category]);
  softmax(logits, HEAD.sentiment.offset, HEAD.sentiment.size, heads.sentiment, t[CALIBRATION.sentiment]);
  softmax(logits, HEAD.urgency.offset, HEAD.urgency.size, heads.urgency, t[CALIBRATION.urgency]);
  heads.spam = sigmoid(logits[HEAD.spam.offset]);
  heads.offensive = sigmoid(logits[HEAD.offensive.offset]);
  blendSpam(heads.category, heads.spam);
}

/** Calibrated head outputs as plain arrays, for evaluation scripts. */
export function classifyHeads(text: string): {
  category: number[];
  sentiment: number[];
  urgency: number[];
  offensive: number;
  spam: number;
} {
  scoreHeads(encodeTokens(tokenize(text)).features, loadModel());
  return {
    category: Array.from(heads.category),
    sentiment: Array.from(heads.sentiment),
    urgency: Array.from(heads.urgency),
    offensive: heads.offensive,
    spam: heads.spam,
  };
}
