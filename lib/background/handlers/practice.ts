import { getDb } from '@/lib/background/db/database';
import { addPracticeAttempt, listPracticeAttempts } from '@/lib/background/db/practice-repository';
import type { Handlers } from '@/lib/background/router';
import { bumpDataRevision } from '@/lib/shared/revision';
import { localDay } from '@/lib/shared/stats/day';

export const practiceHandlers = {
  logPractice: async (input) => {
    const at = Date.now();
    const id = `${at.toString(36)}-${crypto.randomUUID().slice(0, 8)}`;
    const attempts = await addPracticeAttempt(getDb(), { ...input, id, at, day: localDay(at) });
    // The dashboard's practice panel follows the data revision like every other view.
    await bumpDataRevision();
    return { id, attempts };
  },
  getPracticeAttempts: async () => ({ attempts: await listPracticeAttempts(getDb()) }),
} satisfies Partial<Handlers>;
