import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BADGE_DWELL_MS, createDwellTracker } from '@/lib/page/dwell';

describe('badge dwell', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const el = (name: string) => ({ name }) as unknown as Element;

  it('admits an element that stayed on screen, once, and skips one that scrolled past', () => {
    const dwelled: Element[] = [];
    const tracker = createDwellTracker(globalThis as unknown as Window, (element) => dwelled.push(element));
    const stays = el('stays');
    const passes = el('passes');
    tracker.enter(stays, Date.now());
    tracker.enter(passes, Date.now());
    vi.advanceTimersByTime(BADGE_DWELL_MS / 2);
    tracker.leave(passes);
    vi.advanceTimersByTime(BADGE_DWELL_MS);
    expect(dwelled).toEqual([stays]);
    expect(tracker.has(stays)).toBe(true);
    expect(tracker.has(passes)).toBe(false);
    tracker.enter(stays, Date.now());
    vi.advanceTimersByTime(BADGE_DWELL_MS * 2);
    expect(dwelled).toEqual([stays]);
    tracker.dispose();
  });
});
