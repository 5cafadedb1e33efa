/**
 * npm run train — fits the shipped classifier weights (deterministic, seeded).
 * Reads ../shared/data (only "train: yes" sets) and tests/fixtures/comments/train (team-written IT/EN comments).
 */
import { resolve } from 'node:path';
import { publicExamples, teamExamples, TRAIN_YES_SETS, withHandles } from './train/examples';
import { SHARED_DATA, sharedDataAvailable } from './train/data-files';
import { quantise, writeWeights } from './train/pack';
import { trainSgd } from './train/sgd';

const SEED = 20260401;
const OUT = resolve(process.cwd(), 'lib/classify/weights.generated.ts');

function main(): void {
  const team = teamExamples('train', Number(process.env.TEAM_WEIGHT ?? 5));
  if (team.length === 0) {
    console.error('No team-written training data in tests/fixtures/comments/train: nothing to train on.');
    process.exit(1);
  }
  let pub = publicExamples(SEED);
  if (!sharedDataAvailable()) {
    console.warn(`! ${SHARED_DATA} not found: training on the team-written comments only (public heads will be weak).`);
    pub = [];
  } else {
    console.log(`public sets used (train: yes): ${TRAIN_YES_SETS.join(', ')}`);
  }
  const examples = [...pub, ...team, ...team, ...withHandles(team)];
  console.log(
    `examples: ${pub.length} public + ${team.length} team (seen twice per epoch, plus once with a leading @handle)`,
  );
  const started = Date.now();
  const trained = trainSgd(examples, {
    epochs: Number(process.env.EPOCHS ?? 5),
    lr: Number(process.env.LR ?? 0.2),
    l2: 0,
    seed: SEED,
  });
  const packed = quantise(trained);
  const gz = writeWeights(OUT, packed);
  console.log(
    `trained in ${((Date.now() - started) / 1000).toFixed(1)} s → ${OUT} (${(gz / 1024).toFixed(0)} KB gzipped)`,
  );
}

main();
