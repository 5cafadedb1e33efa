import { storage } from '#imports';

/**
 * A counter the background bumps after every database write. Panel and dashboard watch it and
 * invalidate their queries, so every open view follows changes without polling.
 */
export const dataRevision = storage.defineItem<number>('local:dataRevision', { fallback: 0 });

export async function bumpDataRevision(): Promise<void> {
  await dataRevision.setValue((await dataRevision.getValue()) + 1);
}
