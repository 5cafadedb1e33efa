import { CATEGORIES, type Category } from '../model/categories';
import { DEFAULT_CRITICAL_TOPICS } from './critical-topics';
import { extractFeatures } from './features';
import { CUE, lexicon } from './lexicon';
import { detectLanguage, detectRegister } from './language';
import { HEAD, loadModel, OUTPUTS, scoreLogits, sigmoid, softmax } from './model';
import { buildReasons, type Decision } from './decision-reasons';
import { tokenize } from './tokenize';
import { detectTopics } from './topic-tags';
import type { Classification, ClassifyContext, CriticalTopic, Reason } from './types';
import { detectUrgency } from './urgency';

export type { Classification, ClassifyContext, CriticalTopic, Reason } from './types';
export { DEFAULT_CRITICAL_TOPICS } from './critical-topics';

/**
 * The classifier's one-time set-up (weights decoded, word and phrase lists compiled, the critical topics
 * it will be asked about indexed) as separate steps: a caller on the host page runs them one idle slice
 * at a time instead of paying ~25 ms, on a slow machine, inside its first classification. Running them
 * is optional: classify() sets up what it needs.
 */
export function classifierSetUp(criticalTopics: CriticalTopic[] = DEFAULT_CRITICAL_TOPICS): (() => void)[] {
  return [
    () => void loadModel(),
    () => void lexicon(),
    () => void detectTopics(tokenize('set up'), false),
    () => void detectLanguage(tokenize('set up')),
    () => void detectUrgency(tokenize('set up'), criticalTopics),
  ];
}

const logits = new Float64Array(OUTPUTS);
/** Sentiment-head probability of "negative" above which a question/remark with issue cues becomes a complaint (tuned on dev). */
const NEGATIVE_TO_COMPLAINT = 0.5;
const catProbs = new Float64Array(6);
const sentProbs = new Float64Array(3);

function emptyClassification(): Classification {
  const scores = { complaint: 0, praise: 0, question: 0, troll: 0, spam: 0, other: 1 };
  return {
    category: 'other',
    scores,
    confidence: 0,
    sentiment: 0,
    urgent: { flag: false, topics: [], matched: [] },
    troll: false,
    language: 'other',
    topics: [],
    reasons: [],
  };
}

const SPAM = 4;
/** Share of the category head in the spam score; the rest comes from the dedicated spam head (tuned on dev). */
const CAT_SPAM_SHARE = 0.35;
const SPAM_MIN_SCORE = 0.4;
const round3 = (x: number) => Math.round(x * 1000) / 1000;
/** Max probability gap between "other" and a customer category that brand addressing can flip. */
const BRAND_TIE = 0.2;

/** context.mentionsBrand, or the text names one of context.brandNames (case-insensitive). */
function isAddressedToBrand(text: string, context?: ClassifyContext): boolean {
  if (context?.mentionsBrand) return true;
  const names = context?.brandNames;
  if (!names || names.length === 0) return false;
  const lower = text.toLowerCase();
  return names.some((name) => name.length > 1 && lower.includes(name.toLowerCase()));
}

function blendSpam(probs: Float64Array, spamP: number): void {
  const blended = CAT_SPAM_SHARE * probs[SPAM] + (1 - CAT_SPAM_SHARE) * spamP;
  const rest = 1 - probs[SPAM];
  const scale = rest > 0 ? (1 - blended) / rest : 0;
  for (let k = 0; k < 6; k++) probs[k] = k === SPAM ? blended : probs[k] * scale;
}

/**
 * A rule overrides the model's arg-max: swap the two probabilities so the published scores agree with the
 * category (the distribution still sums to 1). Returns [new best, new second].
 */
function promote(winner: number, best: number): [number, number] {
  if (catProbs[winner] < catProbs[best]) {
    const top = catProbs[best];
    catProbs[best] = catProbs[winner];
    catProbs[winner] = top;
  }
  return [winner, best];
}

function safeReasons(text: string, decision: Decision, model: ReturnType<typeof loadModel>): Reason[] {
  try {
    return buildReasons(text, decision, model);
  } catch {
    return []; // explanations only: never surface a failure to the caller
  }
}

/** Classifies one comment. Pure and synchronous; never throws (falls back to 'other' with zero confidence). */
export function classify(text: string, context?: ClassifyContext): Classification {
  try {
    return classifyText(typeof text === 'string' ? text : String(text ?? ''), context);
  } catch {
    return emptyClassification();
  }
}

function classifyText(text: string, context?: ClassifyContext): Classification {
  const t = tokenize(text);
  if (t.count === 0) return emptyClassification();
  const f = extractFeatures(t);
  const model = loadModel();
  scoreLogits(f, logits, model);
  softmax(logits, HEAD.category.offset, HEAD.category.size, catProbs);
  softmax(logits, HEAD.sentiment.offset, HEAD.sentiment.size, sentProbs);
  const spamP = sigmoid(logits[HEAD.spam.offset]);
  const offensiveP = sigmoid(logits[HEAD.offensive.offset]);
  // The dedicated spam head (trained on far more spam) gets half the say on the spam category.
  blendSpam(catProbs, spamP);

  let best = 0;
  let second = 1;
  for (let k = 1; k < 6; k++) {
    if (catProbs[k] > catProbs[best]) {
      second = best;
      best = k;
    } else if (k !== best && catProbs[k] > catProbs[second]) second = k;
  }
  // The blended spam score wins from SPAM_MIN_SCORE up (tuned on dev: recall up, precision still ≥ 0.98 there).
  if (best !== SPAM && catProbs[SPAM] >= SPAM_MIN_SCORE) [best, second] = promote(SPAM, best);
  const urgency = detectUrgency(t, context?.criticalTopics ?? DEFAULT_CRITICAL_TOPICS);
  let category: Category = CATEGORIES[best];
  let promotedByUrgency = false;
  let promotedByTone = 0;
  // An angry customer with a critical issue is never a troll or noise: promote to complaint.
  if (urgency.topics.length > 0 && (category === 'troll' || category === 'other') && catProbs[0] > 0.1) {
    [best, second] = promote(0, best);
    category = 'complaint';
    promotedByUrgency = true;
  }
  // A question or remark in a clearly negative tone about a purchase/service is a complaint ("Ma è normale che...?").
  const issueCues = f.cues[CUE.problem] + f.cues[CUE.negative] + f.cues[CUE.customer];
  if (
    (category === 'other' || category === 'question') &&
    sentProbs[0] >= NEGATIVE_TO_COMPLAINT &&
    issueCues > 0 &&
    catProbs[0] >= 0.08
  ) {
    promotedByTone = sentProbs[0];
    [best, second] = promote(0, best);
    category = 'complaint';
  }
  // Addressed to the brand: a near-tie between chatter and a customer category goes to the customer.
  let addressedToBrand = false;
  if (
    category === 'other' &&
    isAddressedToBrand(text, context) &&
    second <= 2 &&
    catProbs[best] - catProbs[second] < BRAND_TIE
  ) {
    addressedToBrand = true;
    [best, second] = promote(second, best);
    category = CATEGORIES[best];
  }
  const urgentFlag = urgency.topics.length > 0 && category !== 'spam';
  const decision: Decision = {
    best,
    second,
    promotedByUrgency,
    promotedByTone,
    addressedToBrand,
    urgentTopics: urgency.topics,
    urgentMatched: urgency.matched,
    urgentFlag,
    trollP: offensiveP,
    spamP,
  };

  const lang = detectLanguage(t);
  const scores: Record<Category, number> = {
    complaint: round3(catProbs[0]),
    praise: round3(catProbs[1]),
    question: round3(catProbs[2]),
    troll: round3(catProbs[3]),
    spam: round3(catProbs[4]),
    other: round3(catProbs[5]),
  };
  const informal = t.emoticonPos + t.emoticonNeg + t.elongated > 0 || f.cues[CUE.laugh] > 0;
  let reasons: Reason[] | undefined;
  const result: Classification = {
    category,
    scores,
    confidence: Math.round(catProbs[best] * 1000) / 1000,
    sentiment: Math.round((sentProbs[2] - sentProbs[0]) * 1000) / 1000,
    urgent: { flag: urgentFlag, topics: urgentFlag ? urgency.topics : [], matched: urgentFlag ? urgency.matched : [] },
    troll: category === 'troll',
    language: lang.language,
    register: lang.language === 'it' ? detectRegister(f.cues[CUE.lei], f.cues[CUE.tu], informal) : undefined,
    topics: detectTopics(t, category === 'complaint' || category === 'question'),
    // Own enumerable accessor: written on first read (JSON, spread and structuredClone all read it).
    get reasons() {
      return (reasons ??= safeReasons(text, decision, model));
    },
    set reasons(value) {
      reasons = value;
    },
  };
  return result;
}

/** Raw head outputs, for evaluation scripts (sentiment 3-way, offensive and spam probabilities). */
export function classifyHeads(text: string): {
  category: number[];
  sentiment: number[];
  offensive: number;
  spam: number;
} {
  const t = tokenize(text);
  const f = extractFeatures(t);
  scoreLogits(f, logits);
  softmax(logits, HEAD.category.offset, HEAD.category.size, catProbs);
  softmax(logits, HEAD.sentiment.offset, HEAD.sentiment.size, sentProbs);
  return {
    category: Array.from(catProbs),
    sentiment: Array.from(sentProbs),
    offensive: sigmoid(logits[HEAD.offensive.offset]),
    spam: sigmoid(logits[HEAD.spam.offset]),
  };
}
