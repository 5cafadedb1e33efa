import { describe, expect, it } from 'vitest';
import { businessSecondsBetween, type BusinessHours } from '@/lib/shared/stats/business-hours';
import { computeResponseTimes } from '@/lib/shared/stats/response-time';

const rome: BusinessHours = {
  enabled: true,
  excludeFromResponseTime: true,
  timeZone: 'Europe/Rome',
  days: [1, 2, 3, 4, 5],
  start: '09:00',
  end: '18:00',
};
/** 2024-03-15 is a Friday; Rome is UTC+1 until 31 March (DST). */
const utc = (iso: string) => Date.parse(iso);

describe('business hours', () => {
  it.each([
    ['inside one day', '2024-03-15T08:30:00Z', '2024-03-15T09:00:00Z', 30 * 60],
    ['before opening counts from 09:00', '2024-03-15T06:00:00Z', '2024-03-15T08:15:00Z', 15 * 60],
    ['Friday evening to Monday morning skips the weekend', '2024-03-15T16:00:00Z', '2024-03-18T09:00:00Z', 2 * 3600],
    ['all weekend is zero', '2024-03-16T10:00:00Z', '2024-03-17T20:00:00Z', 0],
    ['a whole week is 5 × 9 h', '2024-03-11T00:00:00Z', '2024-03-18T00:00:00Z', 5 * 9 * 3600],
    ['reversed is zero', '2024-03-15T10:00:00Z', '2024-03-15T09:00:00Z', 0],
  ])('%s', (_, start, end, expected) => {
    expect(businessSecondsBetween(utc(start), utc(end), rome)).toBe(expected);
  });

  it('follows daylight saving time (Rome moves to UTC+2 on 31 March 2024)', () => {
    // Monday 1 April 09:00 Rome = 07:00Z; one hour later.
    expect(businessSecondsBetween(utc('2024-04-01T07:00:00Z'), utc('2024-04-01T08:00:00Z'), rome)).toBe(3600);
    expect(businessSecondsBetween(utc('2024-04-01T06:00:00Z'), utc('2024-04-01T07:00:00Z'), rome)).toBe(0);
  });
});

describe('computeResponseTimes', () => {
  const created = utc('2024-03-15T16:00:00Z'); // Friday 17:00 in Rome

  it('is the wall-clock time from the post to the first action', () => {
    const times = computeResponseTimes(
      { itemCreatedAt: created, firstSeenAt: created + 60_000, actionAt: created + 90 * 60_000 },
      null,
    );
    expect(times).toEqual({ responseSeconds: 5400, businessResponseSeconds: 5400 });
  });

  it('counts only business hours when configured', () => {
    const monday10 = utc('2024-03-18T09:00:00Z');
    const times = computeResponseTimes({ itemCreatedAt: created, firstSeenAt: created, actionAt: monday10 }, rome);
    expect(times.responseSeconds).toBe((monday10 - created) / 1000);
    expect(times.businessResponseSeconds).toBe(2 * 3600);
  });

  it('clamps an approximate Facebook time that lands after first-seen', () => {
    // Facebook said "2 h", estimated as 14:00 but we saw the item at 13:30: the wait starts at 13:30.
    const seen = utc('2024-03-15T12:30:00Z');
    const times = computeResponseTimes(
      { itemCreatedAt: seen + 30 * 60_000, firstSeenAt: seen, actionAt: seen + 3600_000 },
      null,
    );
    expect(times.responseSeconds).toBe(3600);
  });

  it('is never negative', () => {
    expect(
      computeResponseTimes({ itemCreatedAt: 10_000, firstSeenAt: 10_000, actionAt: 5_000 }, null).responseSeconds,
    ).toBe(0);
  });
});
