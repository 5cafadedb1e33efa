import { z } from 'zod';
import { practiceAttemptSchema } from '@/lib/shared/training/attempt';
import { defineMessage } from '../define';

/** Trainee mode lives on the options page: only it may store or read practice answers. */
export const practiceMessages = {
  /** Stores one scored practice answer; the background stamps its id, time and day. */
  logPractice: defineMessage(
    () => ({
      input: practiceAttemptSchema.omit({ id: true, at: true, day: true }),
      output: z.object({ id: z.string(), attempts: z.number() }),
    }),
    { senders: ['options'] },
  ),
  getPracticeAttempts: defineMessage(
    () => ({ input: z.object({}), output: z.object({ attempts: z.array(practiceAttemptSchema) }) }),
    { senders: ['options'] },
  ),
};
