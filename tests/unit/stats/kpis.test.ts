import { describe, expect, it } from 'vitest';
import type { FollowUpRow } from '@/lib/shared/followups/schema';
import { aggregateStats } from '@/lib/shared/stats/aggregate';
import type { StatsRange } from '@/lib/shared/stats/dashboard-stats';
import { dayStart } from '@/lib/shared/stats/day';
import { followUpsOnTime, returningCustomers, satisfactionOf } from '@/lib/shared/stats/kpis';
import type { DailyRow, HandledRow } from '@/lib/shared/stats/log-rows';
import { changeAuthors, EMPTY_AUTHORS, forEachAuthor } from '@/lib/shared/stats/author-list';
import { closedEscalationSeconds, resolutionSecondsOf } from '@/lib/shared/stats/resolution';
import { applyHandled, buildRollups, emptyDaily, upgradeDaily } from '@/lib/shared/stats/rollup';

const HOUR = 3_600_000;
const at = (day: string, hours: number) => dayStart(day) + hours * HOUR;
const range: StatsRange = { from: '2024-05-02', to: '2024-05-04', platform: 'all' };

function handled(itemId: string, overrides: Partial<HandledRow> = {}): HandledRow {
  const day = overrides.day ?? '2024-05-02';
  return {
    platform: 'x',
    itemId,
    permalink: '',
    authorHandle: 'anna',
    category: 'question',
    urgent: false,
    topics: [],
    urgentTopics: [],
    language: 'it',
    outcome: 'replied_public',
    resolved: false,
    itemCreatedAt: at(day, 9),
    createdAtApproximate: false,
    firstSeenAt: at(day, 9),
    actionAt: at(day, 10),
    updatedAt: at(day, 10),
    responseSeconds: 3600,
    businessResponseSeconds: 3600,
    day,
    ...overrides,
  };
}

type ListedFollowUp = FollowUpRow & { dueAt: number };

function followUp(itemId: string, overrides: Partial<ListedFollowUp> = {}): ListedFollowUp {
  return {
    platform: 'x',
    itemId,
    waitingOn: { kind: 'department', department: 'billing' },
    since: at('2024-05-02', 10),
    dueAt: at('2024-05-03', 10),
    status: 'closed',
    closedAt: at('2024-05-03', 9),
    ...overrides,
  };
}

describe('time to resolution', () => {
  it('runs from the post to the latest action', () => {
    expect(resolutionSecondsOf(handled('a', { updatedAt: at('2024-05-02', 12) }))).toBe(3 * 3600);
  });

  it('starts at first seen when the estimated post time lands after it (Facebook "2 h")', () => {
    const row = handled('a', {
      createdAtApproximate: true,
      itemCreatedAt: at('2024-05-02', 9.5),
      firstSeenAt: at('2024-05-02', 9),
      updatedAt: at('2024-05-02', 11),
    });
    expect(resolutionSecondsOf(row)).toBe(2 * 3600);
  });

  it('goes into the roll-up only for resolved rows, and comes out again', () => {
    const daily = emptyDaily('2024-05-02', 'x');
    applyHandled(daily, handled('a'), 1);
    applyHandled(daily, handled('b', { resolved: true, updatedAt: at('2024-05-02', 13) }), 1);
    expect(daily.resolutionSeconds).toEqual([4 * 3600]);
    applyHandled(daily, handled('b', { resolved: true, updatedAt: at('2024-05-02', 13) }), -1);
    expect(daily.resolutionSeconds).toEqual([]);
  });

  it('counts escalations closed in the range whose row is not resolved, from the post to the closing', () => {
    const rows = [handled('a', { outcome: 'escalated' }), handled('b', { resolved: true }), undefined, handled('d')];
    const followUps = [
      followUp('a'), // closed 05-03 09:00, posted 05-02 09:00: 24 h
      followUp('b'), // its row is resolved: counted by the roll-ups already
      followUp('c'), // row deleted
      followUp('d', { closedAt: at('2024-05-06', 9) }), // after the range
    ];
    expect(closedEscalationSeconds(followUps, rows, range)).toEqual([24 * 3600]);
    expect(closedEscalationSeconds([], [], range)).toEqual([]);
  });

  it('aggregates resolved count and median with escalations', () => {
    const log = [
      handled('a', { resolved: true, updatedAt: at('2024-05-02', 10) }), // 1 h
      handled('b', { resolved: true, updatedAt: at('2024-05-02', 12) }), // 3 h
      handled('c'),
    ];
    const stats = aggregateStats(buildRollups(log, []), range, false, { escalationSeconds: [10 * 3600] });
    expect(stats.resolution).toEqual({ resolved: 3, medianSeconds: 3 * 3600 });
    expect(aggregateStats([], range, false).resolution).toEqual({ resolved: 0, medianSeconds: null });
  });
});

describe('follow-ups on time', () => {
  it('is the share of follow-ups closed in the range at or before their due time', () => {
    const followUps = [
      followUp('a'), // closed an hour early
      followUp('b', { closedAt: at('2024-05-03', 10) }), // exactly on time
      followUp('c', { closedAt: at('2024-05-04', 9) }), // a day late
      followUp('d', { status: 'open', closedAt: undefined }),
      followUp('e', { closedAt: at('2024-05-01', 9) }), // before the range
      followUp('f', { platform: 'facebook', waitingOn: { kind: 'customer' } }),
    ];
    expect(followUpsOnTime(followUps, range)).toEqual({ closed: 4, onTime: 3, share: 0.75 });
    expect(followUpsOnTime(followUps, { ...range, platform: 'x' })).toEqual({ closed: 3, onTime: 2, share: 2 / 3 });
  });

  it('has no share when none was closed', () => {
    expect(followUpsOnTime([], range)).toEqual({ closed: 0, onTime: 0, share: null });
    expect(followUpsOnTime([followUp('a', { status: 'open', closedAt: undefined })], range).share).toBeNull();
  });
});

describe('returning customers', () => {
  const rollups = (rows: HandledRow[]) => buildRollups(rows, []);

  it('counts authors handled on two days of the period, or before it, per platform', () => {
    const period = rollups([
      handled('1', { authorHandle: 'anna', day: '2024-05-02' }),
      handled('2', { authorHandle: 'anna', day: '2024-05-02' }), // same day: not yet returning
      handled('3', { authorHandle: 'bruno', day: '2024-05-02' }),
      handled('4', { authorHandle: 'bruno', day: '2024-05-04' }), // two days: returning
      handled('5', { authorHandle: 'carla', day: '2024-05-03' }), // handled before the period: returning
      handled('6', { authorHandle: 'anna', platform: 'facebook', day: '2024-05-03' }), // another customer
    ]);
    const earlier = rollups([
      handled('0', { authorHandle: 'carla', day: '2024-04-20' }),
      handled('9', { authorHandle: 'anna', platform: 'facebook', day: '2024-04-20' }),
    ]);
    expect(returningCustomers(period, [])).toEqual({ customers: 4, returning: 1, share: 0.25 });
    expect(returningCustomers(period, earlier)).toEqual({ customers: 4, returning: 3, share: 0.75 });
    const stats = aggregateStats(period, { ...range, platform: 'x' }, false, { earlier: [...earlier, ...period] });
    expect(stats.returning).toEqual({ customers: 3, returning: 2, share: 2 / 3 });
  });

  it('is empty with nobody, and one customer once is not returning', () => {
    expect(returningCustomers([], [])).toEqual({ customers: 0, returning: 0, share: null });
    expect(returningCustomers(rollups([handled('1')]), []).returning).toBe(0);
  });

  it('ignores rows without an author handle', () => {
    expect(returningCustomers(rollups([handled('1', { authorHandle: '' })]), []).customers).toBe(0);
  });
});

describe('satisfaction marks', () => {
  it('counts marks and the share satisfied; rows without a mark do not count', () => {
    const log = [
      handled('1', { satisfaction: 'satisfied' }),
      handled('2', { satisfaction: 'satisfied' }),
      handled('3', { satisfaction: 'neutral' }),
      handled('4', { satisfaction: 'unhappy', day: '2024-05-03' }),
      handled('5'),
    ];
    expect(aggregateStats(buildRollups(log, []), range, false).satisfaction).toEqual({
      marks: 4,
      satisfied: 2,
      neutral: 1,
      unhappy: 1,
      share: 0.5,
    });
  });

  it('has no share without marks', () => {
    expect(satisfactionOf({})).toEqual({ marks: 0, satisfied: 0, neutral: 0, unhappy: 0, share: null });
    expect(satisfactionOf({ satisfied: 1 }).share).toBe(1);
  });
});

describe('roll-ups written before the KPI fields', () => {
  it('are completed with empty fields and keep their old revision (so they get rebuilt)', () => {
    const legacy = { ...emptyDaily('2024-05-02', 'x'), handled: 3 } as Partial<DailyRow>;
    delete legacy.authors;
    delete legacy.revision;
    const upgraded = upgradeDaily(legacy as DailyRow);
    expect(upgraded).toMatchObject({ handled: 3, authors: '\n', resolutionSeconds: [], bySatisfaction: {} });
    expect(upgraded.revision).toBeUndefined();
    expect(aggregateStats([legacy as DailyRow], range, false).returning.customers).toBe(0);
  });
});

describe('author list of a day', () => {
  const lines = (authors: string) => {
    const handles: string[] = [];
    forEachAuthor(authors, (handle) => handles.push(handle));
    return handles;
  };

  it('adds and removes one row at a time, keeping repeats', () => {
    let authors = EMPTY_AUTHORS;
    for (const handle of ['anna', 'bruno', 'anna', '', 'an\nna']) authors = changeAuthors(authors, handle, 1);
    expect(authors).toBe('\nanna\nbruno\nanna\nan na\n');
    authors = changeAuthors(authors, 'anna', -1);
    expect(lines(authors)).toEqual(['bruno', 'anna', 'an na']);
    authors = changeAuthors(changeAuthors(authors, 'anna', -1), 'nobody', -1);
    expect(lines(authors)).toEqual(['bruno', 'an na']);
    expect(lines(EMPTY_AUTHORS)).toEqual([]);
  });
});
