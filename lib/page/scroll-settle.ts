/**
 * Reading waits while the user scrolls, the way a person's eyes do: items that fly past at several
 * screens a second are not read, and whatever is on the page when scrolling pauses is read at once.
 * This keeps fast scrolling almost free for the host page (its main thread is ours to share, not to
 * take). A reader who scrolls slowly without ever pausing still gets a read every MAX_DEFER_MS.
 */
/**
 * A pause shorter than this is a hesitation, not reading: trackpad flicks leave gaps of 200-400 ms, and
 * reading at each of them put our reading and a panel render on the site's main thread every few
 * hundred milliseconds of an ordinary scroll.
 */
export const SETTLE_MS = 500;
export const MAX_DEFER_MS = 5000;
/**
 * The scroll listener samples: after one event it steps away for this long. Smooth scrolling fires an
 * event every frame, and knowing "still scrolling" to within 200 ms (well under SETTLE_MS) is all the settle check needs.
 */
export const SCROLL_SAMPLE_MS = 200;
/**
 * Faster than this (viewport heights per second, on average over the deferral), nobody is reading what
 * scrolls past, so the forced read after MAX_DEFER_MS waits for the next pause instead.
 */
export const READING_PACE_SCREENS_PER_S = 1;

export interface ScrollSettle {
  /** How long work should still wait (0 = go now). Call when work is about to run. */
  waitMs(now: number): number;
  /** True while the user has scrolled within the last SETTLE_MS. */
  isScrolling(now: number): boolean;
  dispose(): void;
}

/** How far down the scrolled thing is: an inner container (Facebook's comment dialogs) or the page. */
function scrollTopOf(win: Window, target: EventTarget | null): number {
  return target !== null && typeof (target as Element).scrollTop === 'number'
    ? (target as Element).scrollTop
    : (win.scrollY ?? 0);
}

export function createScrollSettle(win: Window, settleMs = SETTLE_MS, maxDeferMs = MAX_DEFER_MS): ScrollSettle {
  let lastScrollAt = -Infinity;
  let lastTarget: EventTarget | null = null;
  /** The current deferral: when it started and where the scrolled thing was then; null once work runs. */
  let deferral: { since: number; target: EventTarget | null; top: number } | null = null;
  let resumeTimer: number | undefined;
  let disposed = false;
  // Capture on the window also sees scrolls of inner containers (Facebook's comment dialogs); passive,
  // and it only stores a time and a reference, so it never delays the site's scrolling.
  const listen = (): void => win.addEventListener('scroll', onScrollEvent, { capture: true, passive: true });
  const onScrollEvent = (event?: Event): void => {
    lastScrollAt = performance.now();
    lastTarget = event?.target ?? null;
    win.removeEventListener('scroll', onScrollEvent, { capture: true });
    resumeTimer = win.setTimeout(() => {
      resumeTimer = undefined;
      if (!disposed) listen();
    }, SCROLL_SAMPLE_MS);
  };
  listen();

  const isScrolling = (now: number): boolean => now - lastScrollAt < settleMs;
  // Positions are read twice per deferral, not per scroll event: reading one can cost the site a layout.
  const startDeferral = (now: number) => ({ since: now, target: lastTarget, top: scrollTopOf(win, lastTarget) });
  /**
   * Scrolled too far to have read anything since the deferral started (only then may a forced read be
   * skipped). Net distance: someone scrolling back and forth over a few items is reading them.
   */
  const flying = (started: NonNullable<typeof deferral>, now: number): boolean => {
    if (started.target !== lastTarget) return false;
    const screens = Math.abs(scrollTopOf(win, lastTarget) - started.top) / Math.max(win.innerHeight || 0, 1);
    return screens / ((now - started.since) / 1000) > READING_PACE_SCREENS_PER_S;
  };

  return {
    waitMs(now) {
      if (!isScrolling(now)) {
        deferral = null;
        return 0;
      }
      deferral ??= startDeferral(now);
      if (now - deferral.since >= maxDeferMs) {
        if (!flying(deferral, now)) {
          deferral = null;
          return 0;
        }
        deferral = startDeferral(now); // items flew past unread: wait for a pause, or for a slower stretch
      }
      return Math.min(settleMs - (now - lastScrollAt), maxDeferMs - (now - deferral.since));
    },
    isScrolling,
    dispose() {
      disposed = true;
      if (resumeTimer !== undefined) win.clearTimeout(resumeTimer);
      win.removeEventListener('scroll', onScrollEvent, { capture: true });
    },
  };
}
