import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  MAX_DEFER_MS,
  READING_PACE_SCREENS_PER_S,
  SCROLL_SAMPLE_MS,
  SETTLE_MS,
  createScrollSettle,
} from '@/lib/page/scroll-settle';

/** A window stand-in that only knows scroll listeners, so the test can fire scroll events. */
function fakeWindow() {
  const listeners = new Set<() => void>();
  const win = {
    scrollY: 0,
    innerHeight: 800,
    addEventListener: (_type: string, fn: () => void) => listeners.add(fn),
    removeEventListener: (_type: string, fn: () => void) => listeners.delete(fn),
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
    clearTimeout: (id: number) => clearTimeout(id),
  } as unknown as Window;
  return {
    win,
    scroll: () => Array.from(listeners).forEach((fn) => fn()),
    /** Scrolls the page by `px` and fires the scroll event the page would. */
    scrollBy: (px: number) => {
      (win as { scrollY: number }).scrollY += px;
      Array.from(listeners).forEach((fn) => (fn as (e: Event) => void)({ target: null } as unknown as Event));
    },
    listenerCount: () => listeners.size,
  };
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

  /** Scrolls continuously at `screensPerSecond` until waitMs says go or `limitMs` passes; returns when it went. */
  function scrollAtPace(screensPerSecond: number, limitMs: number) {
    const { win, scrollBy } = fakeWindow();
    const settle = createScrollSettle(win);
    const started = performance.now();
    const stepPx = (800 * screensPerSecond * SCROLL_SAMPLE_MS) / 1000;
    let ranAt: number | null = null;
    for (let t = 0; t <= limitMs && ranAt === null; t += SCROLL_SAMPLE_MS) {
      scrollBy(stepPx);
      if (settle.waitMs(performance.now()) === 0) ranAt = performance.now() - started;
      vi.advanceTimersByTime(SCROLL_SAMPLE_MS);
    }
    settle.dispose();
    return ranAt;
  }

  it('a reader scrolling slowly without pausing still gets a read every MAX_DEFER_MS', () => {
    const ranAt = scrollAtPace(READING_PACE_SCREENS_PER_S / 2, MAX_DEFER_MS * 2);
    expect(ranAt).not.toBeNull();
    expect(ranAt!).toBeGreaterThanOrEqual(MAX_DEFER_MS);
    expect(ranAt!).toBeLessThan(MAX_DEFER_MS + 2 * SCROLL_SAMPLE_MS);
  });

  it('items flying past faster than anyone reads are not read until scrolling pauses', () => {
    expect(scrollAtPace(READING_PACE_SCREENS_PER_S * 20, MAX_DEFER_MS * 3)).toBeNull();
    // The pause still reads at once.
    const { win, scrollBy } = fakeWindow();
    const settle = createScrollSettle(win);
    for (let t = 0; t < MAX_DEFER_MS * 2; t += SCROLL_SAMPLE_MS) {
      scrollBy(8000);
      expect(settle.waitMs(performance.now())).toBeGreaterThan(0);
      vi.advanceTimersByTime(SCROLL_SAMPLE_MS);
    }
    vi.advanceTimersByTime(SETTLE_MS);
    expect(settle.waitMs(performance.now())).toBe(0);
    settle.dispose();
  });

  it('slowing down to reading pace after a fast stretch brings the forced read back', () => {
    const { win, scrollBy } = fakeWindow();
    const settle = createScrollSettle(win);
    let t = 0;
    for (; t < MAX_DEFER_MS * 1.5; t += SCROLL_SAMPLE_MS) {
      scrollBy(8000);
      expect(settle.waitMs(performance.now())).toBeGreaterThan(0);
      vi.advanceTimersByTime(SCROLL_SAMPLE_MS);
    }
    let ranAfter: number | null = null;
    for (let slow = 0; slow <= MAX_DEFER_MS * 3 && ranAfter === null; slow += SCROLL_SAMPLE_MS) {
      scrollBy(50);
      if (settle.waitMs(performance.now()) === 0) ranAfter = slow;
      vi.advanceTimersByTime(SCROLL_SAMPLE_MS);
    }
    // At most one more window that still began fast, then a slow one.
    expect(ranAfter).not.toBeNull();
    expect(ranAfter!).toBeLessThanOrEqual(2 * MAX_DEFER_MS);
    settle.dispose();
  });

  it('scrolling back and forth over the same items counts as reading them: the forced read still comes', () => {
    const { win, scrollBy } = fakeWindow();
    const settle = createScrollSettle(win);
    let ranAt: number | null = null;
    const started = performance.now();
    for (let t = 0, step = 0; t <= MAX_DEFER_MS * 2 && ranAt === null; t += SCROLL_SAMPLE_MS, step++) {
      scrollBy(step % 2 === 0 ? 600 : -600);
      if (settle.waitMs(performance.now()) === 0) ranAt = performance.now() - started;
      vi.advanceTimersByTime(SCROLL_SAMPLE_MS);
    }
    expect(ranAt).not.toBeNull();
    expect(ranAt!).toBeLessThan(MAX_DEFER_MS + 2 * SCROLL_SAMPLE_MS);
    settle.dispose();
  });
});
