import Dexie from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { exportBackupParts } from '@/lib/background/db/backup-export';
import { DB_NAME, getDb } from '@/lib/background/db/database';
import { countStoredTexts, sweepTexts } from '@/lib/background/db/text-lifecycle';
import type { HandledRow } from '@/lib/shared/stats/log-rows';
import { at, DAY, handledItem } from './log-fixtures';
import { resetAll } from './log-harness';

const DAY_MS = 86_400_000;

function row(itemId: string, actionAt: number, text?: string): HandledRow {
  const item = handledItem(itemId, { actionAt, itemCreatedAt: actionAt - 60_000, firstSeenAt: actionAt - 30_000 });
  return {
    ...item,
    ...(text !== undefined && { text }),
    updatedAt: actionAt,
    responseSeconds: 60,
    businessResponseSeconds: 60,
    day: DAY,
  };
}

/** The index's view: which rows it lists, without reading the rows. */
const indexed = async () => (await getDb().handled.orderBy('textAt').primaryKeys()).map(([, itemId]) => itemId);

describe('stored texts are indexed by when (textAt), kept right on every write', () => {
  beforeEach(resetAll);

  it('v5 → v6 indexes the rows that carry a text, and only those', async () => {
    const v5 = new Dexie(DB_NAME);
    v5.version(5).stores({
      handled: '[platform+itemId], actionAt, [platform+actionAt], templateId, [platform+authorHandle]',
      seen: '[platform+itemId], firstSeenAt',
      templates: 'id',
      daily: '[day+platform], day',
      practice: 'id, at',
      followups: '[platform+itemId], status, closedAt',
    });
    await v5.table('handled').bulkPut([row('with', at(10), 'the parcel never came'), row('without', at(11))]);
    v5.close();

    const db = getDb();
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(6);
    expect(await indexed()).toEqual(['with']);
    expect((await db.handled.get(['x', 'with']))?.['textAt' as keyof HandledRow]).toBe(at(10));
    expect(await countStoredTexts(db)).toBe(1);
  });

  it('a write adds or drops textAt with the text; the caller’s object is left alone', async () => {
    const db = getDb();
    const withText = row('a', at(10), 'hello');
    await db.handled.put(withText);
    expect(withText).not.toHaveProperty('textAt');
    expect(await indexed()).toEqual(['a']);
    await db.handled.put(row('a', at(10)));
    expect(await indexed()).toEqual([]);
    await db.handled.put({ ...row('b', at(12), 'x'), textAt: 1 } as HandledRow);
    expect((await db.handled.get(['x', 'b']))?.['textAt' as keyof HandledRow]).toBe(at(12)); // never taken from input
  });

  it('retention and "store text" off remove texts through the index, and the count follows', async () => {
    const db = getDb();
    const now = at(12);
    await db.handled.bulkPut([
      row('old', now - 100 * DAY_MS, 'old text'),
      row('recent', now - DAY_MS, 'recent text'),
      row('none', now - 100 * DAY_MS),
    ]);
    expect(await countStoredTexts(db)).toBe(2);
    expect(await sweepTexts(db, { storeText: true, textRetentionDays: 90 }, now)).toBe(1);
    expect(await indexed()).toEqual(['recent']);
    expect((await db.handled.get(['x', 'old']))?.text).toBeUndefined();
    expect(await sweepTexts(db, { storeText: false, textRetentionDays: 90 }, now)).toBe(1);
    expect(await countStoredTexts(db)).toBe(0);
    expect(await db.handled.count()).toBe(3); // the rows stay: only their texts go
  });

  it('a backup carries the text but not the index field', async () => {
    await getDb().handled.put(row('a', at(10), 'hello'));
    let file = '';
    for await (const part of exportBackupParts(getDb())) file += part;
    expect(file).toContain('"text":"hello"');
    expect(file).not.toContain('textAt');
  });
});
