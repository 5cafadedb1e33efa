import { storage } from '#imports';

/**
 * Counters the background bumps after database writes; open views watch them and invalidate their
 * queries, so they follow changes without polling. Seen items are logged every few seconds while the
 * user scrolls and only move the dashboard's response rate, so they have their own counter: panels in
 * every tab don't re-fetch templates and handled ids on each scroll batch.
 */
export const dataRevision = storage.defineItem<number>('local:dataRevision', { fallback: 0 });
export const seenRevision = storage.defineItem<number>('local:seenRevision', { fallback: 0 });

let last = 0;

/** One storage write, no read: a value that only grows within this worker (time-based, so it survives restarts). */
function nextValue(): number {
  last = Math.max(Date.now(), last + 1);
  return last;
}

/** Handled log, templates, import, wipe: everything a view shows may have changed. */
export async function bumpDataRevision(): Promise<void> {
  await dataRevision.setValue(nextValue());
}

/** Only the seen items (the response rate's denominator) changed. */
export async function bumpSeenRevision(): Promise<void> {
  await seenRevision.setValue(nextValue());
}

/** A burst of writes settles when none came for this long; a long burst still announces this often. */
const SETTLE_MS = 30;
const MAX_WAIT_MS = 250;
let settleTimer: ReturnType<typeof setTimeout> | undefined;
let burstStartedAt: number | undefined;

/**
 * Log writes: one announcement once a burst of them settles. Every view refetches on each announcement,
 * and those refetches ran alongside the next write (a log write took 10 ms in a burst, 3.5 ms without them).
 */
export function bumpDataRevisionSoon(): void {
  const now = Date.now();
  burstStartedAt ??= now;
  clearTimeout(settleTimer);
  settleTimer = setTimeout(
    () => {
      settleTimer = undefined;
      burstStartedAt = undefined;
      void bumpDataRevision().catch((error: unknown) => console.warn('CareSide: announcing a change failed', error));
    },
    Math.max(0, Math.min(SETTLE_MS, burstStartedAt + MAX_WAIT_MS - now)),
  );
}
