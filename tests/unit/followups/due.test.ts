import { describe, expect, it } from 'vitest';
import {
  addBusinessHours,
  answerHoursOf,
  dueState,
  followUpDueAt,
  DEFAULT_ANSWER_HOURS,
} from '@/lib/shared/followups/due';
import type { BusinessHours } from '@/lib/shared/stats/business-hours';

const HOUR = 3_600_000;
// Rome, Mon–Fri 09:00–18:00. 2026-03-02 is a Monday; Rome is UTC+1 until 29 March.
const rome: BusinessHours = {
  enabled: true,
  excludeFromResponseTime: false,
  timeZone: 'Europe/Rome',
  days: [1, 2, 3, 4, 5],
  start: '09:00',
  end: '18:00',
};
const romeTime = (iso: string) => Date.parse(`${iso}+01:00`);

describe('follow-up due time', () => {
  it('counts wall-clock hours when business hours are off', () => {
    const since = romeTime('2026-03-06T17:00:00');
    expect(followUpDueAt(since, 24, null)).toBe(since + 24 * HOUR);
    expect(followUpDueAt(since, 24, { ...rome, enabled: false })).toBe(since + 24 * HOUR);
  });

  it('counts only open hours: 4 h asked at 16:00 on Monday is due 11:00 on Tuesday', () => {
    expect(followUpDueAt(romeTime('2026-03-02T16:00:00'), 4, rome)).toBe(romeTime('2026-03-03T11:00:00'));
  });

  it('skips the weekend: 24 business hours from Friday 17:00 are due Wednesday 14:00', () => {
    // Friday 17–18 (1 h), Monday 9 h, Tuesday 9 h, Wednesday 5 h → 14:00.
    expect(followUpDueAt(romeTime('2026-03-06T17:00:00'), 24, rome)).toBe(romeTime('2026-03-11T14:00:00'));
  });

  it('starts at opening time when escalated at night', () => {
    expect(followUpDueAt(romeTime('2026-03-03T22:30:00'), 2, rome)).toBe(romeTime('2026-03-04T11:00:00'));
  });

  it('follows the zone across a DST change (Rome moves to UTC+2 on 29 March 2026)', () => {
    // Friday 27 March 17:00 (+01:00), 2 business hours → Monday 30 March 10:00 (+02:00).
    expect(addBusinessHours(romeTime('2026-03-27T17:00:00'), 2, rome)).toBe(Date.parse('2026-03-30T10:00:00+02:00'));
  });

  it('falls back to wall-clock hours for a schedule that never opens', () => {
    const since = romeTime('2026-03-02T10:00:00');
    expect(followUpDueAt(since, 5, { ...rome, days: [] })).toBe(since + 5 * HOUR);
    expect(addBusinessHours(since, 5, { ...rome, start: '10:00', end: '10:00' })).toBe(since + 5 * HOUR);
  });

  it("takes the department's answer time, the default for an unknown department", () => {
    const departments = [
      { id: 'billing', answerHours: 8 },
      { id: 'legal', answerHours: 72 },
    ];
    expect(answerHoursOf(departments, 'legal')).toBe(72);
    expect(answerHoursOf(departments, 'gone')).toBe(DEFAULT_ANSWER_HOURS);
  });

  it('is overdue at the due time, soon in the last quarter of the wait (at least an hour)', () => {
    const follow = { since: 0, dueAt: 24 * HOUR };
    expect(dueState(follow, 10 * HOUR)).toBe('later');
    expect(dueState(follow, 18 * HOUR)).toBe('soon');
    expect(dueState(follow, 24 * HOUR)).toBe('overdue');
    expect(dueState({ since: 0, dueAt: 2 * HOUR }, 1.5 * HOUR)).toBe('soon');
  });
});
