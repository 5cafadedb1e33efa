import { z } from 'zod';
import { CATEGORIES } from '../model/categories';
import { platformSchema } from '../model/social-item';
import { PRACTICE_ACTIONS } from './schema';
import type { PracticeAnswer, PracticeScore } from './score';
import type { Scenario } from './schema';

/** One practice answer as the background stores it (table `practice`). No customer data: the scenarios are made up. */
export const practiceAttemptSchema = z.object({
  id: z.string().min(1).max(100),
  /** Epoch ms. */
  at: z.number(),
  /** Local day, YYYY-MM-DD. */
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  scenarioId: z.string().max(20),
  language: z.enum(['it', 'en']),
  platform: platformSchema,
  expectedCategory: z.enum(CATEGORIES),
  chosenCategory: z.enum(CATEGORIES),
  expectedAction: z.enum(PRACTICE_ACTIONS),
  action: z.enum(PRACTICE_ACTIONS),
  reply: z.string().max(5000),
  rules: z.array(z.object({ rule: z.string().max(60), passed: z.boolean() })).max(60),
});
export type PracticeAttempt = z.infer<typeof practiceAttemptSchema>;

/** The row to store for a scored answer. */
export function attemptOf(
  scenario: Scenario,
  answer: PracticeAnswer,
  score: PracticeScore,
  at: number,
  day: string,
  id: string,
): PracticeAttempt {
  return {
    id,
    at,
    day,
    scenarioId: scenario.id,
    language: scenario.language,
    platform: scenario.platform,
    expectedCategory: scenario.category,
    chosenCategory: answer.category,
    expectedAction: scenario.expect,
    action: answer.action,
    reply: answer.action === 'reply' ? answer.reply : '',
    rules: score.rules.map(({ rule, passed }) => ({ rule, passed })),
  };
}
