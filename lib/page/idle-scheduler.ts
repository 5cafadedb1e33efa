/** Runs work in idle time, in slices short enough never to make a long task on the host page. */

export const SLICE_BUDGET_MS = 8;

export interface IdleScheduler {
  /** Ask for a run; repeated calls before it runs coalesce into one. */
  schedule(): void;
  dispose(): void;
}

export interface IdleSchedulerOptions {
  /** Longest wait for an idle period before running anyway. */
  timeoutMs?: number;
  /** Milliseconds the work should still wait (e.g. while the user scrolls); 0 = run now. */
  waitMs?: (now: number) => number;
}

/** work(shouldYield) does as much as it can and returns true when more is left. */
export function createIdleScheduler(
  win: Window,
  work: (shouldYield: () => boolean) => boolean,
  { timeoutMs = 300, waitMs }: IdleSchedulerOptions = {},
): IdleScheduler {
  let handle: number | null = null;
  let waitTimer: number | undefined;
  let disposed = false;
  const hasIdle = typeof win.requestIdleCallback === 'function';

  /** Arms one timer when work should still wait; schedule() is a no-op while it is armed. */
  const waitIfNeeded = (): boolean => {
    const wait = waitMs?.(performance.now()) ?? 0;
    if (wait <= 0) return false;
    waitTimer = win.setTimeout(() => {
      waitTimer = undefined;
      // Ask again here rather than from an idle callback: while the user scrolls, one timer per wait.
      if (!disposed && !waitIfNeeded()) request(true);
    }, wait);
    return true;
  };

  /** `asked`: waitMs just said go (asking twice would restart its deferral clock). */
  const run = (asked: boolean, deadline?: IdleDeadline): void => {
    handle = null;
    if (disposed || (!asked && waitIfNeeded())) return;
    const started = performance.now();
    const shouldYield = (): boolean => {
      const spent = performance.now() - started;
      if (spent >= SLICE_BUDGET_MS) return true;
      return deadline !== undefined && !deadline.didTimeout && deadline.timeRemaining() < 1;
    };
    let more: boolean;
    try {
      more = work(shouldYield);
    } catch {
      more = false; // never throw into the page
    }
    if (more) schedule();
  };

  const request = (asked: boolean): void => {
    handle = hasIdle
      ? win.requestIdleCallback((deadline) => run(asked, deadline), { timeout: timeoutMs })
      : win.setTimeout(() => run(asked), 16);
  };

  const schedule = (): void => {
    if (disposed || handle !== null || waitTimer !== undefined) return;
    request(false);
  };

  return {
    schedule,
    dispose() {
      disposed = true;
      if (waitTimer !== undefined) win.clearTimeout(waitTimer);
      if (handle === null) return;
      if (hasIdle) win.cancelIdleCallback(handle);
      else win.clearTimeout(handle);
      handle = null;
    },
  };
}
