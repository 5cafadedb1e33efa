import { z } from 'zod';
import { practiceAttemptSchema } from '@/lib/shared/training/attempt';
import { defineMessage } from '../define';

/** Trainee mode: only CareSide's own pages practise, so both messages are privileged. */
export const practiceMessages = {
  /** Stores one scored practice answer; the background stamps its id, time and day. */
  logPractice: defineMessage(
    () => ({
      input: practiceAttemptSchema.omit({ id: true, at: true, day: true }),
      output: z.object({ id: z.string(), attempts: z.number() }),
    }),
    { privileged: true },
  ),
  getPracticeAttempts: defineMessage(
    () => ({ input: z.object({}), output: z.object({ attempts: z.array(practiceAttemptSchema) }) }),
    { privileged: true },
  ),
};
