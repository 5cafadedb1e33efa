import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/lib/background/db/database';
import { applyDataPolicy, startDataLifecycle } from '@/lib/background/db/log-settings';
import { defaultSettings, saveSettings } from '@/lib/shared/settings';
import { addDays } from '@/lib/shared/stats/day';
import { at, DAY, handledItem } from './log-fixtures';
import { exportThroughPort } from './backup-harness';
import { logHandled, resetAll, send } from './log-harness';

const keepTexts = (textRetentionDays = 90) =>
  saveSettings({
    ...defaultSettings(),
    privacy: { storeText: true, retentionDays: null, textRetentionDays },
  });

async function texts(): Promise<Record<string, string | undefined>> {
  const rows = await getDb().handled.toArray();
  return Object.fromEntries(rows.map((row) => [row.itemId, row.text]));
}

describe('comment texts: retention and "store comment text" off', () => {
  beforeEach(resetAll);

  it('removes texts older than the text retention, keeps the rows and newer texts', async () => {
    await keepTexts(30);
    // The first write runs the start-up pass; the old item, logged after it, keeps its text until the next.
    await logHandled(handledItem('new', { text: 'new complaint' }));
    await logHandled(handledItem('old', { itemCreatedAt: at(9, 0, addDays(DAY, -40)), text: 'old complaint' }));
    expect(await texts()).toEqual({ old: 'old complaint', new: 'new complaint' });
    await applyDataPolicy();
    expect(await texts()).toEqual({ old: undefined, new: 'new complaint' });
    expect(await getDb().handled.count()).toBe(2);
    expect((await send('getDataSummary', {})).storedTexts).toBe(1);
  });

  it('the default keeps texts 90 days', async () => {
    await saveSettings({ ...defaultSettings(), privacy: { storeText: true, retentionDays: null } });
    await logHandled(handledItem('d89', { itemCreatedAt: at(9, 0, addDays(DAY, -86)), text: 'kept' }));
    await logHandled(handledItem('d95', { itemCreatedAt: at(9, 0, addDays(DAY, -93)), text: 'gone' }));
    expect(await texts()).toEqual({ d89: 'kept', d95: 'gone' });
    await applyDataPolicy();
    expect(await texts()).toEqual({ d89: 'kept', d95: undefined });
  });

  it('turning "store comment text" off deletes the stored texts as soon as it is saved', async () => {
    await keepTexts();
    await logHandled(handledItem('a', { text: 'first' }));
    await logHandled(handledItem('b', { text: 'second' }));
    const stop = startDataLifecycle();
    try {
      expect((await send('getDataSummary', {})).storedTexts).toBe(2);
      await saveSettings({ ...defaultSettings(), privacy: { storeText: false, retentionDays: null } });
      await vi.waitFor(async () => expect(await texts()).toEqual({ a: undefined, b: undefined }));
      expect(await getDb().handled.count()).toBe(2);
      expect((await send('getDataSummary', {})).storedTexts).toBe(0);
    } finally {
      stop();
    }
  });

  it('an export never carries an expired text', async () => {
    await keepTexts(30);
    // The first write runs the hourly pass; the old item, logged after it, is left to the export's own pass.
    await logHandled(handledItem('new', { text: 'new complaint' }));
    await logHandled(handledItem('old', { itemCreatedAt: at(9, 0, addDays(DAY, -40)), text: 'expired text' }));
    expect(await texts()).toEqual({ old: 'expired text', new: 'new complaint' });
    const { json } = await exportThroughPort();
    expect(json).not.toContain('expired text');
    expect(json).toContain('new complaint');
  });

  it('the log CSV never carries an expired text', async () => {
    await keepTexts(30);
    await logHandled(handledItem('new', { text: 'new complaint' }));
    await logHandled(handledItem('old', { itemCreatedAt: at(9, 0, addDays(DAY, -40)), text: 'expired text' }));
    expect(await texts()).toEqual({ old: 'expired text', new: 'new complaint' });
    const { csv, rows } = await send('exportLogCsv', {});
    expect(rows).toBe(2);
    expect(csv).not.toContain('expired text');
    expect(csv).toContain('new complaint');
  });
});

describe('wipe', () => {
  beforeEach(resetAll);

  it('empties every table and every storage area', async () => {
    await keepTexts();
    await logHandled(handledItem('w1', { text: 'secret', note: 'note' }));
    expect((await send('listTemplates', {})).templates.length).toBeGreaterThan(0);
    await fakeBrowser.storage.session.set({ panel: 'open' });
    await fakeBrowser.storage.local.set({ anything: 1 });
    await send('wipeData', { confirm: 'DELETE' });
    const db = getDb();
    expect(db.tables.map((table) => table.name).sort()).toEqual([
      'daily',
      'dailySamples',
      'followups',
      'handled',
      'practice',
      'seen',
      'templates',
    ]);
    for (const table of db.tables) expect(await table.count(), table.name).toBe(0);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });
});
