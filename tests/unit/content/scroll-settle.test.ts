import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_DEFER_MS, SCROLL_SAMPLE_MS, SETTLE_MS, createScrollSettle } from '@/lib/content/scroll-settle';

/** A window stand-in that only knows scroll listeners, so the test can fire scroll events. */
function fakeWindow() {
  const listeners = new Set<() => void>();
  const win = {
    addEventListener: (_type: string, fn: () => void) => listeners.add(fn),
    removeEventListener: (_type: string, fn: () => void) => listeners.delete(fn),
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
    clearTimeout: (id: number) => clearTimeout(id),
  } as unknown as Window;
  return { win, scroll: () => Array.from(listeners).forEach((fn) => fn()), listenerCount: () => listeners.size };
}

describe('scroll settle', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('lets work run at once on a still page, and waits while the user scrolls', () => {
    const { win, scroll } = fakeWindow();
    const settle = createScrollSettle(win);
    expect(settle.waitMs(performance.now())).toBe(0);
    scroll();
    expect(settle.isScrolling(performance.now())).toBe(true);
    const wait = settle.waitMs(performance.now());
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(SETTLE_MS);
    vi.advanceTimersByTime(SETTLE_MS);
    expect(settle.isScrolling(performance.now())).toBe(false);
    expect(settle.waitMs(performance.now())).toBe(0);
    settle.dispose();
  });

  it('samples scroll events: steps away after one, and still knows scrolling goes on', () => {
    const { win, scroll, listenerCount } = fakeWindow();
    const settle = createScrollSettle(win);
    scroll();
    expect(listenerCount()).toBe(0); // stepped away until the sample window ends
    vi.advanceTimersByTime(SCROLL_SAMPLE_MS);
    expect(listenerCount()).toBe(1);
    scroll(); // the next frame of a continuous scroll, right after listening resumed
    vi.advanceTimersByTime(SETTLE_MS - 1);
    expect(settle.isScrolling(performance.now())).toBe(true);
    settle.dispose();
    vi.advanceTimersByTime(SCROLL_SAMPLE_MS);
    expect(listenerCount()).toBe(0); // disposed: never listens again
  });

  it('never defers work for longer than MAX_DEFER_MS, even if scrolling never pauses', () => {
    const { win, scroll } = fakeWindow();
    const settle = createScrollSettle(win);
    let ranAt: number | null = null;
    const started = performance.now();
    for (let t = 0; t <= MAX_DEFER_MS + SCROLL_SAMPLE_MS && ranAt === null; t += SCROLL_SAMPLE_MS) {
      scroll();
      if (settle.waitMs(performance.now()) === 0) ranAt = performance.now();
      vi.advanceTimersByTime(SCROLL_SAMPLE_MS);
    }
    expect(ranAt).not.toBeNull();
    expect(ranAt! - started).toBeGreaterThanOrEqual(MAX_DEFER_MS);
    // The deferral clock restarts after a forced run.
    scroll();
    expect(settle.waitMs(performance.now())).toBeGreaterThan(0);
    settle.dispose();
  });
});
