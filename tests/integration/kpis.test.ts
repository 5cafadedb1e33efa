import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/background/db/database';
import { addDays, localDay } from '@/lib/shared/stats/day';
import { exportThroughPort, restoreThroughPort } from './backup-harness';
import { at, DAY, handledItem } from './log-fixtures';
import { logHandled, resetAll, send } from './log-harness';

const range = { from: DAY, to: localDay(Date.now()), platform: 'all' as const };
const HOUR = 3600;

describe('the KPIs the guidelines name, through getStats', () => {
  beforeEach(resetAll);

  it('records satisfaction marks, keeps one when the item is handled again without a mark', async () => {
    await logHandled(handledItem('a', { satisfaction: 'satisfied' }));
    await logHandled(handledItem('b', { satisfaction: 'unhappy', authorHandle: 'bruno' }));
    await logHandled(handledItem('c', { authorHandle: 'carla' }));
    await logHandled(handledItem('a', { actionAt: at(11) }));
    expect((await getDb().handled.get(['x', 'a']))?.satisfaction).toBe('satisfied');
    const stats = await send('getStats', range);
    expect(stats.satisfaction).toEqual({ marks: 2, satisfied: 1, neutral: 0, unhappy: 1, share: 0.5 });
  });

  it('counts a customer back on another day, or seen before the period, as returning', async () => {
    const yesterday = addDays(DAY, 1);
    await logHandled(handledItem('a', { itemCreatedAt: at(9, 0, addDays(DAY, -3)) }));
    await logHandled(handledItem('b', { itemCreatedAt: at(9) }));
    await logHandled(handledItem('c', { authorHandle: 'bruno', itemCreatedAt: at(9) }));
    await logHandled(handledItem('d', { authorHandle: 'bruno', itemCreatedAt: at(9, 0, yesterday) }));
    await logHandled(handledItem('e', { authorHandle: 'carla', itemCreatedAt: at(9) }));
    // 'customer' (earlier item), 'bruno' (two days) of three.
    expect((await send('getStats', range)).returning).toEqual({ customers: 3, returning: 2, share: 2 / 3 });
    const oneDay = await send('getStats', { ...range, to: DAY });
    expect(oneDay.returning).toEqual({ customers: 3, returning: 1, share: 1 / 3 });
  });

  it('resolution: resolved rows and closed escalations; follow-ups closed on time', async () => {
    // Posted 09:00, answered and resolved 09:30: 30 min.
    await logHandled(handledItem('a'));
    // Posted 2 h ago, escalated 1 h ago (due after the default 24 h), closed by hand now: on time, resolved.
    const now = Date.now();
    await logHandled(
      handledItem('b', {
        outcome: 'escalated',
        department: 'billing',
        resolved: false,
        itemCreatedAt: now - 2 * HOUR * 1000,
        firstSeenAt: now - 2 * HOUR * 1000,
        actionAt: now - HOUR * 1000,
      }),
    );
    // Escalated two days before DAY (due long ago), closed now: late.
    const early = at(9, 0, addDays(DAY, -2));
    await logHandled(
      handledItem('c', { outcome: 'escalated', department: 'billing', resolved: false, itemCreatedAt: early }),
    );
    await send('closeFollowUp', { platform: 'x', itemId: 'b' });
    await send('closeFollowUp', { platform: 'x', itemId: 'c' });
    const stats = await send('getStats', range);
    expect(stats.followUps).toEqual({ closed: 2, onTime: 1, share: 0.5 });
    expect(stats.resolved).toBe(1);
    expect(stats.resolution.resolved).toBe(3);
    // Median of 30 min, 2 h (b) and four days (c): 2 h, give or take the test's own run time.
    expect(stats.resolution.medianSeconds).toBeGreaterThanOrEqual(2 * HOUR);
    expect(stats.resolution.medianSeconds).toBeLessThan(2 * HOUR + 60);
    expect((await send('getStats', { ...range, platform: 'facebook' })).followUps.closed).toBe(0);
  });

  it('rebuilds roll-ups written before the KPI fields once, from the log', async () => {
    await logHandled(handledItem('a', { itemCreatedAt: at(9, 0, addDays(DAY, -1)) }));
    await logHandled(handledItem('b', { satisfaction: 'neutral' }));
    const expected = await send('getStats', range);
    await getDb()
      .daily.toCollection()
      .modify((row: Record<string, unknown>) => {
        delete row.authors;
        delete row.bySatisfaction;
        delete row.resolutionSeconds;
        delete row.revision;
      });
    // A write to a legacy day before the query keeps the row marked for the rebuild.
    await logHandled(handledItem('c', { authorHandle: 'dora' }));
    const stats = await send('getStats', range);
    expect(stats.satisfaction.marks).toBe(1);
    expect(stats.returning).toEqual({ customers: 2, returning: 1, share: 0.5 });
    expect(stats.resolution.resolved).toBe(expected.resolution.resolved + 1);
    expect((await getDb().daily.toArray()).every((row) => row.revision === 2)).toBe(true);
  });

  it('backups carry the mark, and refuse an unknown one', async () => {
    await logHandled(handledItem('a', { satisfaction: 'satisfied' }));
    const backup = await exportThroughPort();
    await send('wipeData', { confirm: 'DELETE' });
    await restoreThroughPort(backup.json);
    expect((await send('getStats', range)).satisfaction.satisfied).toBe(1);
    const bad = JSON.parse(backup.json);
    bad.data.data.find((table: { tableName: string }) => table.tableName === 'handled').rows[0].satisfaction =
      'ecstatic';
    await expect(restoreThroughPort(JSON.stringify(bad))).rejects.toThrow('handled');
  });
});
