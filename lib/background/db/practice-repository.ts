import type { PracticeAttempt } from '@/lib/shared/training/attempt';
import type { CareSideDb } from './database';

/** The most answers kept: a trainee answering all day for months stays well under it. */
export const MAX_PRACTICE_ATTEMPTS = 20_000;

export async function addPracticeAttempt(db: CareSideDb, attempt: PracticeAttempt): Promise<number> {
  return db.transaction('rw', db.practice, async () => {
    await db.practice.put(attempt);
    const count = await db.practice.count();
    // Oldest first out, so the table can't grow without bound.
    if (count > MAX_PRACTICE_ATTEMPTS) {
      const oldest = await db.practice
        .orderBy('at')
        .limit(count - MAX_PRACTICE_ATTEMPTS)
        .primaryKeys();
      await db.practice.bulkDelete(oldest);
    }
    return Math.min(count, MAX_PRACTICE_ATTEMPTS);
  });
}

/** Every stored practice answer, oldest first. */
export function listPracticeAttempts(db: CareSideDb): Promise<PracticeAttempt[]> {
  return db.practice.orderBy('at').toArray();
}
