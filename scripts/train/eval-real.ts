/**
 * Yardsticks on real and realistic text, per language: category macro-F1 over complaint/praise/question/troll,
 * urgent recall and precision, and calibration error of the category confidence.
 */
import { classify } from '../../lib/shared/classify/index';
import { readRealRows, type RealSet } from './real-labels';
import { readTeam, type TeamSplit } from './data-files';
import { report } from './metrics';

export const CUSTOMER_CLASSES = ['complaint', 'praise', 'question', 'troll'];
const ALL = ['complaint', 'praise', 'question', 'troll', 'spam', 'other'];

export interface LabelledText {
  text: string;
  category: string;
  urgent: string[];
  lang: string;
}

export interface YardstickFigures {
  n: number;
  macroF1: number;
  urgentN: number;
  urgentRecall: number;
  urgentPrecision: number;
  ece: number;
  misses: string[];
}

/** Expected calibration error of the top category's confidence, 10 equal-width bins. */
export function expectedCalibrationError(confidence: number[], correct: boolean[]): number {
  const bins = Array.from({ length: 10 }, () => ({ n: 0, conf: 0, acc: 0 }));
  confidence.forEach((c, i) => {
    const b = bins[Math.min(9, Math.floor(c * 10))];
    b.n++;
    b.conf += c;
    b.acc += correct[i] ? 1 : 0;
  });
  const total = confidence.length || 1;
  return bins.reduce((sum, b) => (b.n ? sum + (b.n / total) * Math.abs(b.acc / b.n - b.conf / b.n) : sum), 0);
}

/** Macro-F1 over the customer classes that occur in the gold labels (others count only as errors). */
export function customerMacroF1(gold: string[], pred: string[]): number {
  const r = report(gold, pred, ALL);
  const present = r.classes.filter((c) => CUSTOMER_CLASSES.includes(c.label) && c.support > 0);
  return present.length ? present.reduce((a, c) => a + c.f1, 0) / present.length : 0;
}

export function measure(rows: LabelledText[]): YardstickFigures {
  const gold: string[] = [];
  const pred: string[] = [];
  const confidence: number[] = [];
  const correct: boolean[] = [];
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const misses: string[] = [];
  for (const r of rows) {
    const c = classify(r.text);
    gold.push(r.category);
    pred.push(c.category);
    confidence.push(c.confidence);
    correct.push(c.category === r.category);
    const urgent = r.urgent.length > 0;
    if (c.urgent.flag && urgent) tp++;
    else if (c.urgent.flag) fp++;
    else if (urgent) fn++;
    if (c.category !== r.category) misses.push(`${r.category}→${c.category}`);
  }
  return {
    n: rows.length,
    macroF1: customerMacroF1(gold, pred),
    urgentN: tp + fn,
    urgentRecall: tp + fn ? tp / (tp + fn) : NaN,
    urgentPrecision: tp + fp ? tp / (tp + fp) : NaN,
    ece: expectedCalibrationError(confidence, correct),
    misses,
  };
}

export interface YardstickSet {
  name: string;
  /** What the set is and how it may be used. */
  about: string;
  rows(): LabelledText[];
}

const real = (set: RealSet) => () => readRealRows(set);
const team = (split: TeamSplit) => () => readTeam(split);

/** Every yardstick; none of them is read by a training step except ibm-train (shown for reference). */
export const YARDSTICKS: YardstickSet[] = [
  {
    name: 'ibm-dev',
    about: 'real first tweets to brand care handles, hand-labelled; dev: never trained on, thresholds chosen on it',
    rows: real('ibm-dev'),
  },
  {
    name: 'it-eval',
    about: 'real Italian texts (qa4faq, haspeede FB, sentipolc, ilisten), hand-labelled; eval only, never trained on',
    rows: real('it-eval'),
  },
  {
    name: 'heldout-real',
    about: 'team-written realistic comments, frozen before any change; never trained on',
    rows: team('heldout-real'),
  },
  {
    name: 'dev-it',
    about: 'team-written messy Italian comments (dialect, no punctuation, outages); dev: decisions about Italian data',
    rows: team('dev-it'),
  },
  { name: 'heldout', about: 'team-written held-out comments (older, tidy)', rows: team('heldout') },
  { name: 'fresh', about: 'team-written fresh comments', rows: team('fresh') },
  { name: 'fresh2', about: 'team-written fresh2 comments', rows: team('fresh2') },
];
