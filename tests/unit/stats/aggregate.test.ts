import { describe, expect, it } from 'vitest';
import { aggregateStats } from '@/lib/shared/stats/aggregate';
import type { HandledRow, SeenRow } from '@/lib/shared/stats/log-rows';
import { applyHandled, buildRollups } from '@/lib/shared/stats/rollup';

function handled(itemId: string, overrides: Partial<HandledRow>): HandledRow {
  return {
    platform: 'facebook',
    itemId,
    permalink: '',
    authorHandle: 'c',
    category: 'question',
    urgent: false,
    topics: ['delivery'],
    urgentTopics: [],
    language: 'it',
    outcome: 'replied_public',
    resolved: true,
    itemCreatedAt: 0,
    createdAtApproximate: false,
    firstSeenAt: 0,
    actionAt: 0,
    updatedAt: 0,
    responseSeconds: 60,
    businessResponseSeconds: 60,
    day: '2024-05-02',
    ...overrides,
  };
}

const seen = (itemId: string, day: string, isHandled: boolean, platform: 'x' | 'facebook' = 'facebook'): SeenRow => ({
  platform,
  itemId,
  category: 'question',
  urgent: false,
  language: 'it',
  itemCreatedAt: 0,
  createdAtApproximate: false,
  firstSeenAt: 0,
  day,
  handled: isHandled,
});

const log: HandledRow[] = [
  handled('1', { responseSeconds: 300, businessResponseSeconds: 300, templateId: 'tpl-a' }),
  handled('2', {
    responseSeconds: 1800,
    businessResponseSeconds: 600,
    urgent: true,
    createdAtApproximate: true,
    templateId: 'tpl-a',
  }),
  handled('3', {
    responseSeconds: 7200,
    businessResponseSeconds: 3600,
    category: 'complaint',
    topics: ['billing'],
    outcome: 'escalated',
    department: 'billing',
    resolved: false,
    urgent: true,
  }),
  handled('4', {
    responseSeconds: 90_000,
    businessResponseSeconds: 20_000,
    category: 'troll',
    topics: [],
    outcome: 'ignored_troll',
    day: '2024-05-03',
  }),
  handled('5', {
    platform: 'x',
    responseSeconds: 30,
    businessResponseSeconds: 30,
    category: 'spam',
    topics: [],
    outcome: 'hidden_spam',
    day: '2024-05-03',
  }),
];
const seenLog = [
  ...['1', '2', '3'].map((id) => seen(id, '2024-05-02', true)),
  seen('4', '2024-05-03', true),
  seen('6', '2024-05-03', false),
  seen('7', '2024-05-03', false),
  seen('5', '2024-05-03', true, 'x'),
  seen('8', '2024-05-01', false),
];
const rollups = buildRollups(log, seenLog);
const all = { from: '2024-05-02', to: '2024-05-03', platform: 'all' as const };

describe('aggregateStats on a hand-made log', () => {
  it('counts handled, resolved, rate and outcomes for the period', () => {
    const stats = aggregateStats(rollups, all, false);
    expect(stats).toMatchObject({
      handled: 5,
      resolved: 4,
      seen: 7,
      seenHandled: 5,
      trollsIgnored: 1,
      spamHidden: 1,
      approximate: 1,
    });
    expect(stats.responseRate).toBeCloseTo(5 / 7);
    expect(stats.escalationsByDepartment).toEqual({ billing: 1 });
    expect(stats.templateUsage).toEqual({ 'tpl-a': 2 });
  });

  it('computes wall-clock response times and the expectation shares', () => {
    const { responseTime, urgent } = aggregateStats(rollups, all, false);
    expect(responseTime.medianSeconds).toBe(1800);
    expect(responseTime.p90Seconds).toBeCloseTo(7200 + 0.6 * (90_000 - 7200));
    expect(responseTime.within10m).toBe(0.4);
    expect(responseTime.within1h).toBe(0.6);
    expect(responseTime.within24h).toBe(0.8);
    expect(urgent).toEqual({ count: 2, medianSeconds: (1800 + 7200) / 2 });
  });

  it('switches to business-hours times when asked', () => {
    const { responseTime, urgent } = aggregateStats(rollups, all, true);
    expect(responseTime.medianSeconds).toBe(600);
    expect(responseTime.within10m).toBe(0.6);
    expect(urgent.medianSeconds).toBe((600 + 3600) / 2);
  });

  it('filters by platform and period, zero-filling days', () => {
    const facebook = aggregateStats(rollups, { ...all, platform: 'facebook' }, false);
    expect(facebook.handled).toBe(4);
    expect(facebook.perPlatform).toEqual([{ platform: 'facebook', handled: 4, seen: 6, responseRate: 4 / 6 }]);
    const wide = aggregateStats(rollups, { from: '2024-04-30', to: '2024-05-02', platform: 'all' }, false);
    expect(wide.perDay.map((day) => day.total)).toEqual([0, 0, 3]);
    expect(wide.perDay[2]!.byCategory).toEqual({ question: 2, complaint: 1 });
    expect(wide.seen).toBe(4);
  });

  it('builds the distribution and the FAQ candidates', () => {
    const stats = aggregateStats(rollups, all, false);
    expect(stats.distribution).toEqual([
      { bucket: 'under10m', count: 2 },
      { bucket: 'under1h', count: 1 },
      { bucket: 'under4h', count: 1 },
      { bucket: 'under24h', count: 0 },
      { bucket: 'under3d', count: 1 },
      { bucket: 'over3d', count: 0 },
    ]);
    expect(stats.faqCandidates).toEqual([{ topic: 'delivery', count: 2 }]);
    expect(stats.topTopics).toEqual([
      { topic: 'delivery', count: 2 },
      { topic: 'billing', count: 1 },
    ]);
  });

  it('removing a contribution undoes adding it exactly', () => {
    const [rollup] = buildRollups([log[0]!], []);
    applyHandled(rollup!, log[1]!, 1);
    applyHandled(rollup!, log[1]!, -1);
    expect(rollup).toEqual(buildRollups([log[0]!], [])[0]);
  });
});
