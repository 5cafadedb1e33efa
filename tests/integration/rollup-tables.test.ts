import Dexie from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { DB_NAME, getDb } from '@/lib/background/db/database';
import { DAILY_SAMPLE_FIELDS, type HandledRow } from '@/lib/shared/stats/log-rows';
import { buildRollups } from '@/lib/shared/stats/rollup';
import { at, DAY, handledItem } from './log-fixtures';
import { logHandled, resetAll, send } from './log-harness';

const range = { from: DAY, to: DAY, platform: 'all' as const };

function stored(itemId: string, authorHandle: string, minutes: number): HandledRow {
  const item = handledItem(itemId, { authorHandle, actionAt: at(10, minutes) });
  return {
    ...item,
    updatedAt: item.actionAt,
    responseSeconds: minutes * 60,
    businessResponseSeconds: minutes * 60,
    day: DAY,
  };
}

describe('roll-ups: counters and samples in two tables', () => {
  beforeEach(resetAll);

  it('a write keeps the counters free of samples; the stats join them back', async () => {
    await logHandled(handledItem('a', { authorHandle: 'anna' }));
    await logHandled(handledItem('b', { authorHandle: 'bruno' }));
    const [counts] = await getDb().daily.toArray();
    for (const field of DAILY_SAMPLE_FIELDS) expect(counts).not.toHaveProperty(field);
    expect(counts).toMatchObject({ handled: 2 });
    const [samples] = await getDb().dailySamples.toArray();
    expect(samples?.authors).toBe('\nanna\nbruno\n');
    expect(samples?.responseSeconds).toHaveLength(2);
    const stats = await send('getStats', range);
    expect(stats.handled).toBe(2);
    expect(stats.responseTime.count).toBe(2);
    expect(stats.returning.customers).toBe(2);
  });

  it('v6 → v7 moves the samples out of whole roll-ups, and the stats are unchanged', async () => {
    const rows = [stored('a', 'anna', 5), stored('b', 'anna', 15), stored('c', 'carla', 45)];
    const v6 = new Dexie(DB_NAME);
    v6.version(6).stores({
      handled: '[platform+itemId], actionAt, [platform+actionAt], templateId, [platform+authorHandle], textAt',
      seen: '[platform+itemId], firstSeenAt',
      templates: 'id',
      daily: '[day+platform], day',
      practice: 'id, at',
      followups: '[platform+itemId], status, closedAt',
    });
    await v6.table('handled').bulkPut(rows);
    await v6.table('daily').bulkPut(buildRollups(rows, []));
    v6.close();

    const db = getDb();
    await db.open();
    expect(db.verno).toBe(7);
    const [counts] = await db.daily.toArray();
    for (const field of DAILY_SAMPLE_FIELDS) expect(counts).not.toHaveProperty(field);
    expect((await db.dailySamples.toArray())[0]).toMatchObject({ authors: '\nanna\nanna\ncarla\n' });
    const stats = await send('getStats', range);
    expect(stats).toMatchObject({ handled: 3, returning: { customers: 2, returning: 0 } });
    expect(stats.responseTime.medianSeconds).toBe(15 * 60);
  });
});
