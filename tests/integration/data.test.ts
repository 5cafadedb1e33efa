import Dexie from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { DB_NAME, getDb } from '@/lib/background/db/database';
import { applyRetention } from '@/lib/background/db/stats-repository';
import { defaultSettings, saveSettings } from '@/lib/shared/settings';
import { addDays, localDay } from '@/lib/shared/stats/day';
import { at, DAY, handledItem, seenItem } from './log-fixtures';
import { exportThroughPort, restoreThroughPort } from './backup-harness';
import { logHandled, logSeen, resetAll, send } from './log-harness';

const range = { from: addDays(DAY, -30), to: localDay(Date.now()), platform: 'all' as const };

async function seedLog() {
  await logSeen([seenItem('s1'), seenItem('s2', 'facebook'), seenItem('s3')]);
  await logHandled(handledItem('s1', { templateId: 'tpl-a' }));
  await logHandled(
    handledItem('s2', { platform: 'facebook', urgent: true, createdAtApproximate: true, actionAt: at(12) }),
  );
  await logHandled(
    handledItem('c9', { category: 'complaint', outcome: 'escalated', department: 'legal', resolved: false }),
  );
}

describe('export, wipe, import', () => {
  beforeEach(resetAll);

  it('export → wipe → import restores the same numbers', async () => {
    await seedLog();
    const before = await send('getStats', range);
    const backup = await exportThroughPort();
    expect(backup.rows).toEqual({ handled: 3, seen: 4, followups: 1, templates: 0 });
    expect(JSON.parse(backup.json).formatName).toBe('dexie');

    await send('wipeData', { confirm: 'DELETE' });
    expect((await send('getStats', range)).handled).toBe(0);

    expect(await restoreThroughPort(backup.json)).toEqual({ handled: 3, seen: 4, followups: 1, templates: 0 });
    expect(await send('getStats', range)).toEqual(before);
  });

  it.each([
    ['not JSON', '{oops'],
    ['another format', JSON.stringify({ hello: 1 })],
    [
      'another database',
      JSON.stringify({
        formatName: 'dexie',
        formatVersion: 1,
        data: { databaseName: 'other', databaseVersion: 2, data: [] },
      }),
    ],
  ])('refuses a corrupted file (%s) and changes nothing', async (_, json) => {
    await seedLog();
    const before = await send('getStats', range);
    await expect(restoreThroughPort(json)).rejects.toThrow();
    expect(await send('getStats', range)).toEqual(before);
  });

  it('refuses a backup with one bad row and changes nothing', async () => {
    await seedLog();
    const before = await send('getStats', range);
    const backup = JSON.parse((await exportThroughPort()).json);
    backup.data.data.find((table: { tableName: string }) => table.tableName === 'handled').rows[1].outcome = 'deleted';
    await expect(restoreThroughPort(JSON.stringify(backup))).rejects.toThrow('handled');
    expect(await send('getStats', range)).toEqual(before);
    expect(await getDb().handled.count()).toBe(3);
  });

  it('exports the log as CSV', async () => {
    await seedLog();
    const { csv, rows } = await send('exportLogCsv', {});
    expect(rows).toBe(3);
    expect(csv.trim().split('\r\n')).toHaveLength(4);
  });

  it('summarises the data and the privacy settings', async () => {
    await seedLog();
    expect(await send('getDataSummary', {})).toEqual({
      handled: 3,
      seen: 4,
      templates: 0,
      retentionDays: 365,
      storeText: false,
      storedTexts: 0,
    });
  });
});

describe('retention', () => {
  beforeEach(resetAll);

  it('deletes whole days older than the setting, log and roll-ups alike', async () => {
    await logHandled(handledItem('old', { itemCreatedAt: at(9, 0, addDays(DAY, -10)) }));
    await logHandled(handledItem('new'));
    await applyRetention(getDb(), 5, Date.now());
    const stats = await send('getStats', range);
    expect(stats.handled).toBe(1);
    expect(stats.seen).toBe(1);
    expect(await getDb().handled.count()).toBe(1);
    expect(await getDb().daily.where('day').below(addDays(DAY, -5)).count()).toBe(0);
  });

  it('runs from the handlers according to the setting, at most once an hour', async () => {
    await saveSettings({ ...defaultSettings(), privacy: { storeText: false, retentionDays: 1 } });
    // The first write after start-up applies retention: the old row is gone straight away.
    await logHandled(handledItem('old', { itemCreatedAt: at(9, 0, addDays(DAY, -10)) }));
    expect(await getDb().handled.count()).toBe(0);
    // Within the hour no second pass runs.
    await logHandled(handledItem('old2', { itemCreatedAt: at(9, 0, addDays(DAY, -10)) }));
    expect(await getDb().handled.count()).toBe(1);
  });
});

describe('business hours recompute', () => {
  beforeEach(resetAll);

  it('re-applies the current business hours to logged rows', async () => {
    // Posted Saturday 10:00 local, answered Saturday 11:00: zero business seconds when weekends are closed.
    const saturday = (() => {
      let day = DAY;
      while (new Date(at(12, 0, day)).getDay() !== 6) day = addDays(day, -1);
      return day;
    })();
    await logHandled(
      handledItem('w1', {
        itemCreatedAt: at(10, 0, saturday),
        firstSeenAt: at(10, 0, saturday),
        actionAt: at(11, 0, saturday),
      }),
    );
    const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    await saveSettings({
      ...defaultSettings(),
      businessHours: {
        enabled: true,
        excludeFromResponseTime: true,
        timeZone,
        days: [1, 2, 3, 4, 5],
        start: '09:00',
        end: '18:00',
      },
    });
    const wide = { ...range, from: addDays(saturday, -1) };
    expect((await send('getStats', wide)).responseTime.medianSeconds).toBe(3600);
    expect(await send('recomputeStats', {})).toEqual({ rows: 1 });
    const stats = await send('getStats', wide);
    expect(stats.businessHoursOnly).toBe(true);
    expect(stats.responseTime.medianSeconds).toBe(0);
  });
});

describe('schema migration v1 → v2', () => {
  beforeEach(resetAll);

  it('keeps every row and builds the roll-ups', async () => {
    const v1 = new Dexie(DB_NAME);
    v1.version(1).stores({
      handled: '[platform+itemId], actionAt, [platform+actionAt], templateId',
      seen: '[platform+itemId], firstSeenAt',
      templates: 'id',
    });
    const rows = [
      { ...handledItem('m1'), updatedAt: at(9, 30), responseSeconds: 1800, businessResponseSeconds: 1800, day: DAY },
      {
        ...handledItem('m2', { platform: 'facebook' }),
        updatedAt: at(9, 30),
        responseSeconds: 600,
        businessResponseSeconds: 600,
        day: DAY,
      },
    ];
    await v1.table('handled').bulkPut(rows);
    await v1.table('seen').bulkPut([
      { ...seenItem('m1'), day: DAY, handled: true },
      { ...seenItem('m3'), day: DAY, handled: false },
    ]);
    await v1.table('templates').put({ id: 'custom-1', title: 'Mine' });
    v1.close();

    const db = getDb();
    await db.open();
    expect(db.verno).toBe(7);
    expect(await db.handled.toArray()).toEqual(expect.arrayContaining(rows));
    // v4 indexes the old rows by author (customer history) and adds an empty follow-ups table.
    expect(await db.handled.where('[platform+authorHandle]').equals(['facebook', 'customer']).primaryKeys()).toEqual([
      ['facebook', 'm2'],
    ]);
    expect(await db.followups.count()).toBe(0);
    expect(await db.seen.count()).toBe(2);
    expect(await db.templates.get('custom-1')).toEqual({ id: 'custom-1', title: 'Mine' });
    const stats = await send('getStats', { from: DAY, to: DAY, platform: 'all' });
    expect(stats).toMatchObject({ handled: 2, seen: 2, seenHandled: 1 });
    expect(stats.responseTime.medianSeconds).toBe(1200);
  });
});
