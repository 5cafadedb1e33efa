import { storage } from '#imports';

/**
 * A counter the background bumps after every database write. Panel and dashboard watch it and
 * invalidate their queries, so every open view follows changes without polling.
 */
export const dataRevision = storage.defineItem<number>('local:dataRevision', { fallback: 0 });

let last = 0;

/** One storage write, no read: a value that only grows within this worker (time-based, so it survives restarts). */
export async function bumpDataRevision(): Promise<void> {
  last = Math.max(Date.now(), last + 1);
  await dataRevision.setValue(last);
}
