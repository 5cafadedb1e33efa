import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createIdleScheduler } from '@/lib/page/idle-scheduler';

/** A window whose idle callbacks are counted and run as timers, so the test sees every trip into our code. */
function countingWindow() {
  let idleRequests = 0;
  const win = {
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
    clearTimeout: (id: number) => clearTimeout(id),
    requestIdleCallback: (fn: (deadline: IdleDeadline) => void) => {
      idleRequests += 1;
      return setTimeout(() => fn({ didTimeout: false, timeRemaining: () => 10 } as IdleDeadline), 1);
    },
    cancelIdleCallback: (id: number) => clearTimeout(id),
  } as unknown as Window;
  return { win, idleRequests: () => idleRequests };
}

describe('idle scheduler', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('while work must wait, it waits on one timer per wait, without idle callbacks, then runs once', () => {
    const { win, idleRequests } = countingWindow();
    let waits = 5;
    const work = vi.fn(() => false);
    const scheduler = createIdleScheduler(win, work, { waitMs: () => (waits-- > 0 ? 100 : 0) });
    scheduler.schedule();
    for (let i = 0; i < 10; i++) scheduler.schedule(); // mutations meanwhile coalesce
    vi.advanceTimersByTime(1000);
    expect(work).toHaveBeenCalledTimes(1);
    // One idle request to ask first, one to run after the waits: none per wait.
    expect(idleRequests()).toBe(2);
    scheduler.dispose();
  });

  it('asks waitMs once per go, so a deferral limit that resets when asked is never starved', () => {
    const { win } = countingWindow();
    // Like scroll settle while the user never stops scrolling: "wait" until 500 ms of deferral, then
    // "go" once; asking again restarts the deferral.
    let since: number | null = null;
    const waitMs = (now: number): number => {
      since ??= now;
      if (now - since >= 500) {
        since = null;
        return 0;
      }
      return 100;
    };
    const work = vi.fn(() => false);
    const scheduler = createIdleScheduler(win, work, { waitMs });
    scheduler.schedule();
    vi.advanceTimersByTime(700);
    expect(work).toHaveBeenCalledTimes(1);
    scheduler.dispose();
  });

  it('does nothing after dispose', () => {
    const { win } = countingWindow();
    const work = vi.fn(() => false);
    const scheduler = createIdleScheduler(win, work, { waitMs: () => 100 });
    scheduler.schedule();
    vi.advanceTimersByTime(50);
    scheduler.dispose();
    vi.advanceTimersByTime(1000);
    expect(work).not.toHaveBeenCalled();
  });
});
