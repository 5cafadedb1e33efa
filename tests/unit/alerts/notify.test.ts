import { describe, expect, it } from 'vitest';
import type { AlertCounts, FollowUpDue, UrgentItem } from '@/lib/shared/alerts/count';
import { alertKey, isQuiet, KNOWN_LIMIT, NOTIFY_LIMIT, planNotifications } from '@/lib/shared/alerts/notify';
import { defaultSettings } from '@/lib/shared/settings';

const item = (id: string): UrgentItem => ({ tabId: 1, platform: 'x', id, category: 'complaint', topics: [] });
const overdue = (itemId: string, dueAt = 1000): FollowUpDue => ({
  platform: 'facebook',
  itemId,
  dueAt,
  status: 'open',
  waitingOn: { kind: 'customer' },
});
const counts = (urgent: string[], followUps: FollowUpDue[] = []): AlertCounts => ({
  urgent: urgent.map(item),
  overdue: followUps,
});
const ON = { enabled: true, quiet: false };
const shown = (plan: ReturnType<typeof planNotifications>) => plan.show.map(alertKey);

describe('which alerts are shown', () => {
  it('a new urgent item or newly overdue follow-up once; never again on a re-scan or a reload', () => {
    const first = planNotifications(counts(['1'], [overdue('5')]), [], ON);
    expect(shown(first)).toEqual(['item:x:1', 'followup:facebook:5:1000']);
    // The page reloads: the same items are read again.
    const again = planNotifications(counts(['1'], [overdue('5')]), first.known, ON);
    expect(again.show).toEqual([]);
    expect(again.known).toEqual(first.known);
    const next = planNotifications(counts(['1', '2']), again.known, ON);
    expect(shown(next)).toEqual(['item:x:2']);
  });

  it('a follow-up moved to a new wait that falls due again is announced again', () => {
    const first = planNotifications(counts([], [overdue('5', 1000)]), [], ON);
    expect(shown(planNotifications(counts([], [overdue('5', 9000)]), first.known, ON))).toEqual([
      'followup:facebook:5:9000',
    ]);
  });

  it('off or quiet: nothing is shown, and what was counted meanwhile is not announced later', () => {
    const off = planNotifications(counts(['1']), [], { enabled: false, quiet: false });
    expect(off.show).toEqual([]);
    const quiet = planNotifications(counts(['1', '2']), off.known, { enabled: true, quiet: true });
    expect(quiet.show).toEqual([]);
    expect(planNotifications(counts(['1', '2', '3']), quiet.known, ON).show.map(alertKey)).toEqual(['item:x:3']);
  });

  it('at most a few per pass, and a bounded memory that forgets the oldest first', () => {
    const many = Array.from({ length: 10 }, (_, i) => String(i));
    expect(planNotifications(counts(many), [], ON).show).toHaveLength(NOTIFY_LIMIT);
    const old = Array.from({ length: KNOWN_LIMIT }, (_, i) => `item:x:old-${i}`);
    const plan = planNotifications(counts(['new']), old, ON);
    expect(plan.known).toHaveLength(KNOWN_LIMIT);
    expect(plan.known.at(-1)).toBe('item:x:new');
    expect(plan.known[0]).toBe('item:x:old-1');
  });
});

describe('quiet outside business hours', () => {
  const hours = { ...defaultSettings().businessHours, timeZone: 'Europe/Rome', days: [1, 2, 3, 4, 5] };
  // Monday 8 December 2025 in Rome (UTC+1).
  const at = (hhmm: string, day = '08') => Date.parse(`2025-12-${day}T${hhmm}:00+01:00`);

  it('never quiet when business hours are off', () => {
    expect(isQuiet(at('03:00'), { ...hours, enabled: false })).toBe(false);
  });

  it('quiet before opening, after closing and on closed days; not during open hours', () => {
    const on = { ...hours, enabled: true };
    expect(isQuiet(at('10:30'), on)).toBe(false);
    expect(isQuiet(at('09:00'), on)).toBe(false);
    expect(isQuiet(at('08:59'), on)).toBe(true);
    expect(isQuiet(at('18:00'), on)).toBe(true);
    expect(isQuiet(at('22:00'), on)).toBe(true);
    expect(isQuiet(at('10:30', '07'), on)).toBe(true); // Sunday
  });
});
