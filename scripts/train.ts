/**
 * npm run train — fits the shipped classifier weights (deterministic, seeded).
 * Reads ../shared/data (only "train: yes" sets) and tests/fixtures/comments/train (team-written IT/EN comments).
 */
import { resolve } from 'node:path';
import { publicExamples, teamExamples, TRAIN_YES_SETS, withHandles } from './train/examples';
import { SHARED_DATA, sharedDataAvailable } from './train/data-files';
import { quantise, writeWeights } from './train/pack';
import { trainEnsemble } from './train/ensemble';

const SEED = 20260401;
const OUT = resolve(process.cwd(), 'lib/classify/weights.generated.ts');

function main(): void {
  const team = teamExamples('train', Number(process.env.TEAM_WEIGHT ?? 5));
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
  const examplesFor = (seed: number) => {
    const pub = hasPublic ? publicExamples(seed) : [];
    return [...pub, ...team, ...team, ...withHandles(team)];
  };
  const seeds = Array.from({ length: Number(process.env.ENSEMBLE ?? 8) }, (_, i) => SEED + i);
  console.log(
    `${team.length} team comments (seen twice per epoch, plus once with a leading @handle) + public samples; ` +
      `${seeds.length} seeded runs averaged`,
  );
  const started = Date.now();
  const trained = trainEnsemble(examplesFor, seeds, {
    epochs: Number(process.env.EPOCHS ?? 5),
    lr: Number(process.env.LR ?? 0.2),
    l2: 0,
  });
  const packed = quantise(trained);
  const gz = writeWeights(OUT, packed);
  console.log(
    `trained in ${((Date.now() - started) / 1000).toFixed(1)} s → ${OUT} (${(gz / 1024).toFixed(0)} KB gzipped)`,
  );
}

main();
