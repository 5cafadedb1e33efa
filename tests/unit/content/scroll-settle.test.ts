import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_DEFER_MS, SETTLE_MS, STALE_SCROLL_MS, createScrollSettle } from '@/lib/content/scroll-settle';

const FRAME_MS = 200;

/** A window stand-in that only knows scroll listeners (`once` honoured), so the test can fire scroll events. */
function fakeWindow() {
  const listeners = new Map<() => void, boolean>();
  const win = {
    addEventListener: (_type: string, fn: () => void, options?: AddEventListenerOptions) =>
      listeners.set(fn, options?.once === true),
    removeEventListener: (_type: string, fn: () => void) => listeners.delete(fn),
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
    clearTimeout: (id: number) => clearTimeout(id),
  } as unknown as Window;
  const scroll = () =>
    Array.from(listeners).forEach(([fn, once]) => {
      if (once) listeners.delete(fn);
      fn();
    });
  return { win, scroll, listenerCount: () => listeners.size };
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

  it('listens with a one-shot armed by the next question, and counts the blind stretch as scrolling', () => {
    const { win, scroll, listenerCount } = fakeWindow();
    const settle = createScrollSettle(win);
    expect(listenerCount()).toBe(1);
    scroll();
    expect(listenerCount()).toBe(0); // no more events reach us until someone asks
    vi.advanceTimersByTime(2 * SETTLE_MS); // the user may have scrolled all along: unknown
    expect(settle.waitMs(performance.now())).toBe(SETTLE_MS);
    expect(listenerCount()).toBe(1);
    vi.advanceTimersByTime(FRAME_MS);
    scroll(); // still scrolling
    expect(settle.waitMs(performance.now())).toBe(SETTLE_MS);
    vi.advanceTimersByTime(SETTLE_MS); // a quiet SETTLE_MS, listening throughout
    expect(settle.waitMs(performance.now())).toBe(0);
    expect(settle.isScrolling(performance.now())).toBe(false);
    settle.dispose();
    expect(listenerCount()).toBe(0);
    expect(settle.waitMs(performance.now())).toBe(0);
    expect(listenerCount()).toBe(0); // disposed: never listens again
  });

  it('takes a recent scroll as still scrolling, but not a stale one nobody heard the end of', () => {
    const { win, scroll } = fakeWindow();
    const settle = createScrollSettle(win);
    scroll();
    vi.advanceTimersByTime(SETTLE_MS + 10);
    expect(settle.isScrolling(performance.now())).toBe(true); // blind, but the last scroll was recent
    vi.advanceTimersByTime(SETTLE_MS);
    expect(settle.isScrolling(performance.now())).toBe(false); // listened a quiet SETTLE_MS
    scroll();
    vi.advanceTimersByTime(STALE_SCROLL_MS);
    expect(settle.isScrolling(performance.now())).toBe(false);
    vi.advanceTimersByTime(FRAME_MS);
    expect(settle.isScrolling(performance.now())).toBe(false); // re-armed after a stale scroll: not a blind stretch
    settle.dispose();
  });

  it('never defers work for longer than MAX_DEFER_MS, even if scrolling never pauses', () => {
    const { win, scroll } = fakeWindow();
    const settle = createScrollSettle(win);
    let ranAt: number | null = null;
    const started = performance.now();
    for (let t = 0; t <= MAX_DEFER_MS + FRAME_MS && ranAt === null; t += FRAME_MS) {
      scroll();
      if (settle.waitMs(performance.now()) === 0) ranAt = performance.now();
      vi.advanceTimersByTime(FRAME_MS);
    }
    expect(ranAt).not.toBeNull();
    expect(ranAt! - started).toBeGreaterThanOrEqual(MAX_DEFER_MS);
    // The deferral clock restarts after a forced run.
    scroll();
    expect(settle.waitMs(performance.now())).toBeGreaterThan(0);
    settle.dispose();
  });
});
