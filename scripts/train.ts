/**
 * npm run train — fits the shipped classifier weights (deterministic, seeded) and writes public/classifier.bin.
 * Reads ../shared/data (only "train: yes" sets), tests/fixtures/comments/train (team-written IT/EN comments, plus
 * noisy copies) and tests/fixtures/real/ibm-train (the labelled half of the real IBM care openers). It never
 * reads an evaluation set (docs/labelling-guide.md lists them; a conventions test checks this file never names one).
 */
import { resolve } from 'node:path';
import { HEAD } from '../lib/shared/classify/linear-model';
import { CATEGORIES } from '../lib/shared/model/categories';
import {
  augmentedTeamExamples,
  publicExamples,
  realTrainExamples,
  teamExamples,
  TRAIN_YES_SETS,
  withHandles,
  type Example,
} from './train/examples';
import { SHARED_DATA, sharedDataAvailable } from './train/data-files';
import { hashString } from '../lib/shared/classify/hash';
import { fitTemperature, type Scored } from './train/calibrate';
import { insultWordHashes } from './train/insult-words';
import { quantise, writeWeights } from './train/pack';
import { featureIds, logitsOf, trainSgd, type Trained } from './train/sgd';

const SEED = 20260401;
const OUT = resolve(process.cwd(), 'public/classifier.bin');
const RUNS = Number(process.env.ENSEMBLE ?? 8);
/** Folds of our own comments (default: one per run). FOLDS=8 ENSEMBLE=3 is a quick experiment that trains on as much. */
const FOLDS = Math.max(RUNS, Number(process.env.FOLDS ?? RUNS));
const TEAM_WEIGHT = Number(process.env.TEAM_WEIGHT ?? 5);
const REAL_WEIGHT = Number(process.env.REAL_WEIGHT ?? 10);
const PRIOR_ADJUSTMENT = Number(process.env.PRIOR_ADJUSTMENT ?? 0.25);
/** Weight of the real openers' derived tone/offence/spam labels (before OWN_PUBLIC_HEADS), apart from REAL_WEIGHT. */
const REAL_PUBLIC_HEADS = 6;
const OWN_PUBLIC_HEADS = Number(process.env.OWN_PUBLIC_HEADS ?? 0.2);

/** Which ensemble run leaves a comment out (its noisy copies and @handle copy go with it). */
const foldOf = (text: string) => (hashString(text) >>> 0) % FOLDS;

function main(): void {
  const team = teamExamples(TEAM_WEIGHT);
  if (team.length === 0) {
    console.error('No team-written training data in tests/fixtures/comments/train: nothing to train on.');
    process.exit(1);
  }
  const hasPublic = sharedDataAvailable();
  if (!hasPublic) {
    console.warn(`! ${SHARED_DATA} not found: training on the team-written comments only (public heads will be weak).`);
  } else {
    console.log(`public sets used (train: yes): ${TRAIN_YES_SETS.join(', ')}`);
  }
  const real = hasPublic ? realTrainExamples(REAL_WEIGHT) : [];
  const own: { source: Example; copies: Example[] }[] = [];
  const noisy = augmentedTeamExamples(TEAM_WEIGHT, SEED);
  const handles = withHandles(team);
  // The copies teach category and urgency only: the sentiment, offensive and spam heads have large public sets,
  // which five copies of every team comment would otherwise outweigh (YouTube spam fell from 0.93 to 0.90).
  const categoryOnly = (e: Example): Example => ({ ...e, sentiment: undefined, offensive: undefined, spam: undefined });
  // Tone, offence and spam labels of our comments are derived from the category (a complaint "is" negative), so
  // they teach those heads at a fraction of the weight: at full weight they pulled SemEval dev down.
  const publicHeadsOnly = (e: Example): Example => ({
    ...e,
    weight: e.weight * OWN_PUBLIC_HEADS,
    category: undefined,
    urgency: undefined,
  });
  team.forEach((e, i) =>
    own.push({
      source: e,
      copies: [
        categoryOnly(e),
        publicHeadsOnly(e),
        categoryOnly(e),
        categoryOnly(handles[i]),
        categoryOnly(noisy[2 * i]),
        categoryOnly(noisy[2 * i + 1]),
      ],
    }),
  );
  // Real openers: category and urgency at REAL_WEIGHT (6 → 10: dev openers 0.709 → 0.717, urgent precision 0.63 → 0.64
  // at ENSEMBLE=8). Their derived labels stay at the old weight (at 10 their "not spam" taught the spam head
  // "youtube": YouTube spam 0.932 → 0.923).
  const realPublicHeads = (e: Example): Example => ({
    ...publicHeadsOnly(e),
    weight: REAL_PUBLIC_HEADS * OWN_PUBLIC_HEADS,
  });
  real.forEach((e) => own.push({ source: e, copies: [categoryOnly(e), realPublicHeads(e)] }));
  console.log(
    `${team.length} team comments (twice, once with an @handle, twice noisy) + ${real.length} labelled real openers ` +
      `+ public samples; ${RUNS} seeded runs, each leaving one fold of our own comments out for calibration`,
  );
  const started = Date.now();
  const sum: Trained = { weights: new Float32Array(0), bias: new Float64Array(0) };
  const outOfFold: { category: Scored[]; sentiment: Scored[]; urgency: Scored[]; realCategory: Scored[] } = {
    category: [],
    sentiment: [],
    urgency: [],
    realCategory: [],
  };
  const realTexts = new Set(real.map((e) => e.text));
  for (let run = 0; run < RUNS; run++) {
    const seed = SEED + run;
    const inFold = own.filter((o) => foldOf(o.source.text) !== run);
    const heldBack = own.filter((o) => foldOf(o.source.text) === run);
    const trained = trainSgd([...(hasPublic ? publicExamples(seed) : []), ...inFold.flatMap((o) => o.copies)], {
      epochs: Number(process.env.EPOCHS ?? 5),
      lr: Number(process.env.LR ?? 0.2),
      l2: Number(process.env.L2 ?? 0),
      seed,
    });
    if (sum.weights.length === 0) {
      sum.weights = new Float32Array(trained.weights.length);
      sum.bias = new Float64Array(trained.bias.length);
    }
    for (let i = 0; i < trained.weights.length; i++) sum.weights[i] += trained.weights[i] / RUNS;
    for (let k = 0; k < trained.bias.length; k++) sum.bias[k] += trained.bias[k] / RUNS;
    for (const { source } of heldBack) {
      const logits = logitsOf(trained, featureIds(source.text));
      if (source.category !== undefined) {
        outOfFold.category.push({ logits, ...HEAD.category, target: source.category });
        if (realTexts.has(source.text))
          outOfFold.realCategory.push({ logits, ...HEAD.category, target: source.category });
      }
      if (source.sentiment !== undefined)
        outOfFold.sentiment.push({ logits, ...HEAD.sentiment, target: source.sentiment });
      if (source.urgency !== undefined) outOfFold.urgency.push({ logits, ...HEAD.urgency, target: source.urgency });
    }
    console.log(`  run ${run + 1}/${RUNS} done (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  }
  // The averaged ensemble is a little less confident than one run: fitted on single runs, T errs on the safe side.
  // Category temperature: fitted on the real openers' out-of-fold predictions, since real customer text is what
  // the panel reads (they want ~1.07; our own comments, which are easier, ~0.85, and would make it overconfident).
  const realEnough = outOfFold.realCategory.length >= 50;
  const temperature = [
    fitTemperature(realEnough ? outOfFold.realCategory : outOfFold.category),
    fitTemperature(outOfFold.sentiment),
    fitTemperature(outOfFold.urgency),
  ];
  console.log(`temperatures (category, sentiment, urgency): ${temperature.map((t) => t.toFixed(3)).join(', ')}`);
  console.log(
    `  (category fitted on ${realEnough ? `the ${outOfFold.realCategory.length} real openers` : 'all our comments'}; ` +
      `on all ${outOfFold.category.length} of our comments it would be ${fitTemperature(outOfFold.category).toFixed(3)})`,
  );
  // Logit adjustment (Menon et al., 2021): our comments are 40 % complaints, real comment sections far fewer;
  // a quarter of the log prior taken off each category's bias (chosen on the dev sets, see lib/classify/README.md:
  // real-opener macro-F1 0.712 → 0.721, calibration error 0.052 → 0.024; the team's older sets unchanged).
  const prior = CATEGORIES.map((_, c) => team.filter((e) => e.category === c).length / team.length);
  prior.forEach((p, c) => (sum.bias[HEAD.category.offset + c] -= PRIOR_ADJUSTMENT * Math.log(Math.max(p, 1e-3))));
  const insults = insultWordHashes();
  const bytes = writeWeights(OUT, quantise(sum, temperature, insults));
  console.log(
    `trained in ${((Date.now() - started) / 1000).toFixed(1)} s → ${OUT} (${(bytes / 1024).toFixed(0)} KB, ` +
      `${insults.length} insult words from npm lists)`,
  );
}

main();
