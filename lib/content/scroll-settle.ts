/**
 * Reading waits while the user scrolls, the way a person's eyes do: items that fly past at several
 * screens a second are not read, and whatever is on the page when scrolling pauses is read at once.
 * This keeps fast scrolling almost free for the host page (its main thread is ours to share, not to
 * take). A reader who scrolls slowly without ever pausing still gets a read every MAX_DEFER_MS.
 */
export const SETTLE_MS = 250;
export const MAX_DEFER_MS = 5000;
/**
 * The scroll listener samples: after one event it steps away for this long. Smooth scrolling fires an
 * event every frame, and knowing "still scrolling" to within 200 ms (under SETTLE_MS) is all the settle check needs.
 */
export const SCROLL_SAMPLE_MS = 200;

export interface ScrollSettle {
  /** How long work should still wait (0 = go now). Call when work is about to run. */
  waitMs(now: number): number;
  /** True while the user has scrolled within the last SETTLE_MS. */
  isScrolling(now: number): boolean;
  dispose(): void;
}

export function createScrollSettle(win: Window, settleMs = SETTLE_MS, maxDeferMs = MAX_DEFER_MS): ScrollSettle {
  let lastScrollAt = -Infinity;
  /** When the current deferral started; reset whenever work gets to run. */
  let deferringSince: number | null = null;
  let resumeTimer: number | undefined;
  let disposed = false;
  // Capture on the window also sees scrolls of inner containers (Facebook's comment dialogs); passive,
  // and it only stores a number, so it never delays the site's scrolling.
  const listen = (): void => win.addEventListener('scroll', onScrollEvent, { capture: true, passive: true });
  const onScrollEvent = (): void => {
    lastScrollAt = performance.now();
    win.removeEventListener('scroll', onScrollEvent, { capture: true });
    resumeTimer = win.setTimeout(() => {
      resumeTimer = undefined;
      if (!disposed) listen();
    }, SCROLL_SAMPLE_MS);
  };
  listen();

  const isScrolling = (now: number): boolean => now - lastScrollAt < settleMs;

  return {
    waitMs(now) {
      if (!isScrolling(now)) {
        deferringSince = null;
        return 0;
      }
      deferringSince ??= now;
      if (now - deferringSince >= maxDeferMs) {
        deferringSince = null;
        return 0;
      }
      return Math.min(settleMs - (now - lastScrollAt), maxDeferMs - (now - deferringSince));
    },
    isScrolling,
    dispose() {
      disposed = true;
      if (resumeTimer !== undefined) win.clearTimeout(resumeTimer);
      win.removeEventListener('scroll', onScrollEvent, { capture: true });
    },
  };
}
