import { EN_COMPLAINTS } from './scenarios-en-complaints';
import { EN_OTHER } from './scenarios-en-other';
import { EN_QUESTIONS_PRAISE } from './scenarios-en-questions-praise';
import { IT_COMPLAINTS } from './scenarios-it-complaints';
import { IT_OTHER } from './scenarios-it-other';
import { IT_QUESTIONS_PRAISE } from './scenarios-it-questions-praise';
import type { Scenario } from './schema';

/**
 * The practice set shipped with CareSide: made-up comments in Italian and English on X and Facebook, every
 * kind, urgent topics and trolls, each with the rules a good answer follows and an example reply.
 * Validated by scenarioSchema in tests/unit/training/practice-set.test.ts.
 */
export const PRACTICE_SET: readonly Scenario[] = [
  ...IT_COMPLAINTS,
  ...IT_QUESTIONS_PRAISE,
  ...IT_OTHER,
  ...EN_COMPLAINTS,
  ...EN_QUESTIONS_PRAISE,
  ...EN_OTHER,
];

export function scenarioById(id: string): Scenario | undefined {
  return PRACTICE_SET.find((scenario) => scenario.id === id);
}
