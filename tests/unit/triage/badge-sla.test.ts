import { describe, expect, it } from 'vitest';
import { badgeSla, formatThreshold } from '@/lib/shared/triage/badge-sla';
import { slaStatus } from '@/lib/shared/triage/sla';

const MIN = 60_000;
const created = Date.UTC(2026, 0, 5, 9, 0);

describe('an item against the response target, for its page badge', () => {
  it.each([
    [0, 'on_time', created + 30 * MIN],
    [29, 'on_time', created + 30 * MIN],
    [30, 'due_soon', created + 60 * MIN],
    [59, 'due_soon', created + 60 * MIN],
    [60, 'late', null],
    [60 * 24 * 3, 'late', null],
  ] as const)('%i min old with a 60 min target: %s, changes at %s', (age, state, changesAt) => {
    expect(badgeSla(created, false, created + age * MIN, 60)).toEqual({ state, approximate: false, changesAt });
  });

  it("agrees with the panel's SLA dot at every minute, and keeps the site's approximate time", () => {
    const names = { green: 'on_time', amber: 'due_soon', red: 'late' };
    for (let age = 0; age <= 200; age += 1)
      expect(badgeSla(created, true, created + age * MIN, 120).state).toBe(names[slaStatus(age * MIN, 120)]);
    expect(badgeSla(created, true, created, 120).approximate).toBe(true);
  });

  it('an item from the future (clock skew) is on time; a target under a minute counts as one', () => {
    expect(badgeSla(created, false, created - 5 * MIN, 60).state).toBe('on_time');
    expect(badgeSla(created, false, created + 2 * MIN, 0).state).toBe('late');
  });

  it('states thresholds in minutes and hours', () => {
    expect(formatThreshold(30)).toBe('30 min');
    expect(formatThreshold(60)).toBe('1 h');
    expect(formatThreshold(90)).toBe('1 h 30 min');
    expect(formatThreshold(0)).toBe('1 min');
  });
});
