import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/background/db/database';
import { rebuildRollupsInTransaction } from '@/lib/background/db/rollup-store';
import { rollupTables } from '@/lib/background/db/rollup-tables';
import { BACKUP_PART_CHARS } from '@/lib/shared/messaging/backup-port';
import { defaultSettings, saveSettings } from '@/lib/shared/settings';
import { DAY, handledItem, seenItem } from './log-fixtures';
import { logHandled, logSeen, resetAll, send } from './log-harness';
import { dumpDatabase, exportThroughPort, importThroughPort, restoreThroughPort } from './backup-harness';

async function seed() {
  await saveSettings({ ...defaultSettings(), privacy: { storeText: true, retentionDays: null } });
  await logSeen([seenItem('s1'), seenItem('s2', 'facebook')]);
  await logHandled(handledItem('s1', { text: 'late order', note: 'called back' }));
  await logHandled(handledItem('h2', { category: 'complaint' }));
  await send('listTemplates', {});
}

type Backup = { data: { data: { tableName: string; rows: Record<string, unknown>[] }[] } } & Record<string, unknown>;
const rowsOf = (backup: Backup, table: string) => backup.data.data.find((entry) => entry.tableName === table)!.rows;

/** Hostile variations of a real backup: each is refused with a message and the database is left as it was. */
const hostile: [string, (backup: Backup, json: string) => string, RegExp][] = [
  ['a newer format version', (b) => JSON.stringify({ ...b, formatVersion: 2 }), /format version 2/],
  [
    'a newer database version',
    (b) => JSON.stringify({ ...b, data: { ...b.data, databaseVersion: 99 } }),
    /newer CareSide/,
  ],
  ['truncated JSON', (_, json) => json.slice(0, Math.floor(json.length / 2)), /not complete JSON/],
  [
    'a date in 1970',
    (b) => ((rowsOf(b, 'handled')[0]!.actionAt = 5), JSON.stringify(b)),
    /Row 1 of "handled": actionAt is not a valid date/,
  ],
  [
    'a date in the year 3000',
    (b) => ((rowsOf(b, 'seen')[1]!.firstSeenAt = Date.UTC(3000, 0, 1)), JSON.stringify(b)),
    /Row 2 of "seen": firstSeenAt is not a valid date/,
  ],
  [
    'the 31st of February',
    (b) => ((rowsOf(b, 'handled')[1]!.day = '2026-02-31'), JSON.stringify(b)),
    /day is not a valid date/,
  ],
  ['a date as text', (b) => ((rowsOf(b, 'handled')[0]!.actionAt = 'yesterday'), JSON.stringify(b)), /actionAt/],
  [
    '100,000 templates',
    (b) => {
      const template = rowsOf(b, 'templates')[0]!;
      const rows = rowsOf(b, 'templates');
      rows.length = 0;
      for (let index = 0; index < 100_000; index += 1) rows.push({ ...template, id: `t${index}` });
      return JSON.stringify(b);
    },
    /100000 templates; CareSide keeps at most 5000/,
  ],
  [
    'an unknown table',
    (b) => (b.data.data.push({ tableName: 'evil', rows: [] }), JSON.stringify(b)),
    /Unknown table "evil"/,
  ],
  ['not a backup at all', () => '<html><script>alert(1)</script></html>', /not complete JSON/],
];

describe('backup import: preview, confirmation, hostile files', () => {
  beforeEach(resetAll);

  it.each(hostile)('refuses %s with a clear message and changes nothing', async (_, mutate, message) => {
    await seed();
    const before = await dumpDatabase();
    const { json } = await exportThroughPort();
    const { checked, commit } = await importThroughPort(mutate(JSON.parse(json) as Backup, json));
    expect(checked).toMatchObject({ type: 'error', message: expect.stringMatching(message) });
    // Nothing was staged: a commit after a refusal writes nothing either.
    expect(await commit('replace')).toMatchObject({
      type: 'error',
      message: expect.stringMatching(/Nothing to import/),
    });
    expect(await dumpDatabase()).toEqual(before);
  });

  it('previews counts, date range and overlap, and writes nothing before the commit', async () => {
    await seed();
    const { json } = await exportThroughPort();
    const backup = JSON.parse(json) as Backup;
    rowsOf(backup, 'handled').push({
      ...rowsOf(backup, 'handled')[0]!,
      itemId: 'new1',
      note: '<img src=x onerror=alert(1)>',
    });
    const before = await dumpDatabase();
    const { checked, commit } = await importThroughPort(JSON.stringify(backup));
    const templates = before.templates!.length;
    expect(checked).toEqual({
      type: 'preview',
      preview: {
        tables: {
          handled: { incoming: 3, stored: 2, overlapping: 2 },
          seen: { incoming: 3, stored: 3, overlapping: 3 },
          followups: { incoming: 0, stored: 0, overlapping: 0 },
          templates: { incoming: templates, stored: templates, overlapping: templates },
        },
        from: expect.any(Number),
        to: expect.any(Number),
        markupNotes: 1,
      },
    });
    expect(await dumpDatabase()).toEqual(before);
    expect(await commit('merge')).toMatchObject({ type: 'imported', mode: 'merge' });
    // Markup in a note is data: kept exactly as it was, as text.
    expect((await getDb().handled.get(['x', 'new1']))?.note).toBe('<img src=x onerror=alert(1)>');
    expect(await getDb().handled.count()).toBe(3);
  });

  it('merge keeps what is stored; replace keeps only the file', async () => {
    await seed();
    const { json } = await exportThroughPort();
    await logHandled(handledItem('later', { text: 'after the backup' }));
    await restoreThroughPort(json, 'merge');
    expect((await getDb().handled.toArray()).map((row) => row.itemId).sort()).toEqual(['h2', 'later', 's1']);
    await restoreThroughPort(json, 'replace');
    expect((await getDb().handled.toArray()).map((row) => row.itemId).sort()).toEqual(['h2', 's1']);
  });
});

describe("an import follows this install's text rules", () => {
  beforeEach(resetAll);

  it('a backup with texts, imported while "store comment text" is off, stores none of them', async () => {
    await seed();
    const { json } = await exportThroughPort();
    expect(json).toContain('late order');
    await send('wipeData', { confirm: 'DELETE' });
    await saveSettings({ ...defaultSettings(), privacy: { storeText: false, retentionDays: null } });
    expect(await restoreThroughPort(json)).toMatchObject({ handled: 2 });
    const rows = await getDb().handled.toArray();
    expect(rows.map((row) => row.itemId).sort()).toEqual(['h2', 's1']);
    expect(rows.map((row) => row.text)).toEqual([undefined, undefined]);
    // The rest of the row is kept: only the text goes.
    expect((await getDb().handled.get(['x', 's1']))?.note).toBe('called back');
  });

  it('a merge of texts past the text retention keeps the rows, not the texts', async () => {
    await saveSettings({ ...defaultSettings(), privacy: { storeText: true, retentionDays: null } });
    const { json } = await exportThroughPort();
    const backup = JSON.parse(json) as Backup;
    const old = Date.now() - 200 * 24 * 60 * 60 * 1000;
    const day = new Date(old).toISOString().slice(0, 10);
    rowsOf(backup, 'handled').push({
      ...handledItem('old', { text: 'very old text', itemCreatedAt: old - 60_000 }),
      firstSeenAt: old - 30_000,
      actionAt: old,
      updatedAt: old,
      responseSeconds: 60,
      businessResponseSeconds: 60,
      day,
    });
    await restoreThroughPort(JSON.stringify(backup), 'merge');
    const row = await getDb().handled.get(['x', 'old']);
    expect(row?.itemId).toBe('old');
    expect(row?.text).toBeUndefined();
  });
});

describe('follow-ups travel with the backup', () => {
  beforeEach(resetAll);

  const escalation = (itemId: string) =>
    handledItem(itemId, { outcome: 'escalated', department: 'billing', resolved: false, note: 'asked billing' });

  it('export → wipe → import keeps the open and closed follow-ups; the preview counts them', async () => {
    await logHandled(escalation('open1'));
    await logHandled(escalation('closed1'));
    await send('closeFollowUp', { platform: 'x', itemId: 'closed1' });
    const before = await getDb().followups.toArray();
    expect(before.map((row) => [row.itemId, row.status])).toEqual([
      ['closed1', 'closed'],
      ['open1', 'open'],
    ]);
    const { json, rows } = await exportThroughPort();
    expect(rows).toMatchObject({ handled: 2, followups: 2 });
    expect(rowsOf(JSON.parse(json) as Backup, 'followups')).toHaveLength(2);
    await send('wipeData', { confirm: 'DELETE' });
    const { checked, commit } = await importThroughPort(json);
    expect(checked).toMatchObject({
      type: 'preview',
      preview: { tables: { followups: { incoming: 2, stored: 0, overlapping: 0 } } },
    });
    expect(await commit('replace')).toMatchObject({ type: 'imported', rows: { followups: 2 } });
    expect(await getDb().followups.toArray()).toEqual(before);
    expect((await send('listFollowUps', {})).followUps.map((row) => row.itemId)).toEqual(['open1']);
  });

  it('replace leaves no follow-up of an item the file does not have; merge keeps it', async () => {
    await logHandled(escalation('inFile'));
    const { json } = await exportThroughPort();
    await logHandled(escalation('later'));
    await restoreThroughPort(json, 'merge');
    expect((await getDb().followups.toArray()).map((row) => row.itemId)).toEqual(['inFile', 'later']);
    await restoreThroughPort(json, 'replace');
    expect((await getDb().followups.toArray()).map((row) => row.itemId)).toEqual(['inFile']);
  });

  it('reads an older backup without follow-ups, and leaves out practice answers and roll-ups', async () => {
    await logHandled(escalation('a'));
    const { json } = await exportThroughPort();
    const backup = JSON.parse(json) as Backup;
    expect(backup.data.data.map((table) => table.tableName).sort()).toEqual([
      'followups',
      'handled',
      'seen',
      'templates',
    ]);
    backup.data.data = backup.data.data.filter((table) => table.tableName !== 'followups');
    backup.data.data.push({ tableName: 'practice', rows: [{ id: 'p1' }] }, { tableName: 'daily', rows: [{}] });
    await restoreThroughPort(JSON.stringify(backup), 'replace');
    expect(await getDb().followups.count()).toBe(0);
    expect(await getDb().practice.count()).toBe(0);
  });
});

describe('a backup larger than one message may be (64 MiB)', () => {
  beforeEach(resetAll);

  it('exports in parts under the cap and imports back every row', { timeout: 120_000 }, async () => {
    await saveSettings({ ...defaultSettings(), privacy: { storeText: true, retentionDays: null } });
    const db = getDb();
    const text = 'x'.repeat(95_000) + ' ñ 👍';
    const rows = Array.from({ length: 750 }, (_, index) => ({
      ...handledItem(`big${index}`, { text: `${index} ${text}` }),
      updatedAt: Date.now(),
      responseSeconds: 60,
      businessResponseSeconds: 60,
      day: DAY,
    }));
    await db.transaction('rw', [db.handled, db.seen, db.daily, db.dailySamples], async () => {
      await db.handled.bulkPut(rows);
      await rebuildRollupsInTransaction(db.handled, db.seen, rollupTables(db));
    });
    const before = await dumpDatabase();
    const started = performance.now();
    const { json, parts, rows: counts } = await exportThroughPort();
    const exportMs = performance.now() - started;
    expect(counts.handled).toBe(750);
    expect(json.length).toBeGreaterThan(64 * 1024 * 1024);
    expect(Math.max(...parts)).toBeLessThanOrEqual(BACKUP_PART_CHARS + 200_000);
    await send('wipeData', { confirm: 'DELETE' });
    // The wipe reset the settings ("store comment text" off): a round trip of the texts turns it back on first.
    await saveSettings({ ...defaultSettings(), privacy: { storeText: true, retentionDays: null } });
    const imported = performance.now();
    expect(await restoreThroughPort(json)).toMatchObject({ handled: 750 });
    const importMs = performance.now() - imported;
    expect(await dumpDatabase()).toEqual(before);
    console.info(
      `backup of ${(json.length / 1024 / 1024).toFixed(1)} MiB in ${parts.length} parts: export ${exportMs.toFixed(0)} ms, import ${importMs.toFixed(0)} ms`,
    );
  });
});
