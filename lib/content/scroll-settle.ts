/**
 * Reading waits while the user scrolls, the way a person's eyes do: items that fly past at several
 * screens a second are not read, and whatever is on the page when scrolling pauses is read at once.
 * This keeps fast scrolling almost free for the host page (its main thread is ours to share, not to
 * take). A reader who scrolls slowly without ever pausing still gets a read every MAX_DEFER_MS.
 */
export const SETTLE_MS = 250;
export const MAX_DEFER_MS = 5000;
/**
 * After this long without a question, a scroll seen before is no longer taken as "still scrolling"
 * (nobody was listening since, so it is unknown; guessing "still" would cost a rescan for nothing).
 */
export const STALE_SCROLL_MS = 1000;

export interface ScrollSettle {
  /** How long work should still wait (0 = go now). Call when work is about to run. */
  waitMs(now: number): number;
  /** True while the user has (probably) scrolled within the last SETTLE_MS. */
  isScrolling(now: number): boolean;
  dispose(): void;
}

/**
 * The scroll listener is a one-shot, armed only when someone asks: smooth scrolling fires an event
 * every frame, and each event that reaches an extension costs the page a trip into another JS world.
 * "Has the user scrolled in the last SETTLE_MS?" needs one event per question, not one per frame:
 * after a quiet SETTLE_MS with the listener armed, the answer is no. While it was not armed (after an
 * event, until the next question) nothing is known, and that blind stretch counts as scrolling.
 */
export function createScrollSettle(win: Window, settleMs = SETTLE_MS, maxDeferMs = MAX_DEFER_MS): ScrollSettle {
  let lastScrollAt = -Infinity;
  /** Listening for the next scroll; when false, scrolls since lastScrollAt went unseen. */
  let armed = false;
  /** When listening last resumed after a blind stretch: nothing is known about the time before it. */
  let knownSince = -Infinity;
  /** When the current deferral started; reset whenever work gets to run. */
  let deferringSince: number | null = null;
  let disposed = false;

  // Capture on the window also sees scrolls of inner containers (Facebook's comment dialogs); passive,
  // and it only stores a number, so it never delays the site's scrolling.
  const onScrollEvent = (): void => {
    lastScrollAt = performance.now();
    armed = false; // `once` removed the listener
  };
  const arm = (now: number, blind: boolean): void => {
    if (armed || disposed) return;
    armed = true;
    if (blind) knownSince = now;
    win.addEventListener('scroll', onScrollEvent, { capture: true, passive: true, once: true });
  };
  arm(performance.now(), false);

  /** The start of the current quiet stretch (no scroll seen, and listening throughout). */
  const quietSince = (now: number): number => {
    if (!armed) arm(now, true);
    return Math.max(lastScrollAt, knownSince);
  };

  return {
    waitMs(now) {
      const quiet = now - quietSince(now);
      if (quiet >= settleMs) {
        deferringSince = null;
        return 0;
      }
      deferringSince ??= now;
      if (now - deferringSince >= maxDeferMs) {
        deferringSince = null;
        return 0;
      }
      return Math.min(settleMs - quiet, maxDeferMs - (now - deferringSince));
    },
    isScrolling(now) {
      if (!armed) {
        // Blind since the last scroll: only a recent one says the user is probably still scrolling.
        const recent = now - lastScrollAt < STALE_SCROLL_MS;
        arm(now, true);
        return recent;
      }
      if (now - lastScrollAt < settleMs) return true;
      // Listening resumed lately after a blind stretch that began with a recent scroll.
      return now - knownSince < settleMs && knownSince - lastScrollAt < STALE_SCROLL_MS;
    },
    dispose() {
      disposed = true;
      armed = false;
      win.removeEventListener('scroll', onScrollEvent, { capture: true });
    },
  };
}
