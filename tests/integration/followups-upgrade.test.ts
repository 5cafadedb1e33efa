import Dexie from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { DB_NAME, getDb } from '@/lib/background/db/database';
import { at, DAY, handledItem } from './log-fixtures';
import { resetAll, send } from './log-harness';

const HOUR = 3_600_000;

describe('schema migration v4 → v5: follow-ups keep only the wait', () => {
  beforeEach(resetAll);

  it('strips the copied fields and the frozen due time, and drops follow-ups whose item left the log', async () => {
    const v4 = new Dexie(DB_NAME);
    v4.version(4).stores({
      handled: '[platform+itemId], actionAt, [platform+actionAt], templateId, [platform+authorHandle]',
      seen: '[platform+itemId], firstSeenAt',
      templates: 'id',
      daily: '[day+platform], day',
      practice: 'id, at',
      followups: '[platform+itemId], dueAt, status',
    });
    const handled = {
      ...handledItem('kept', { outcome: 'escalated', department: 'billing', resolved: false, note: 'asked billing' }),
      updatedAt: at(10),
      responseSeconds: 60,
      businessResponseSeconds: 60,
      day: DAY,
    };
    await v4.table('handled').put(handled);
    const fat = (itemId: string) => ({
      platform: 'x',
      itemId,
      permalink: 'https://x.com/customer/status/1',
      authorHandle: 'customer',
      language: 'en',
      note: 'asked billing',
      waitingOn: { kind: 'department', department: 'billing' },
      since: at(10),
      dueAt: at(10) + 99 * HOUR,
      status: 'open',
    });
    await v4.table('followups').bulkPut([fat('kept'), fat('orphan')]);
    v4.close();

    const db = getDb();
    await db.open();
    expect(db.verno).toBe(7);
    expect(await db.followups.toArray()).toEqual([
      {
        platform: 'x',
        itemId: 'kept',
        waitingOn: { kind: 'department', department: 'billing' },
        since: at(10),
        status: 'open',
      },
    ]);
    // Listed: the handled row's fields and the due time from the settings (billing's default 24 h), not 99 h.
    const [row] = (await send('listFollowUps', {}, 'panel')).followUps;
    expect(row).toMatchObject({ itemId: 'kept', note: 'asked billing', authorHandle: handled.authorHandle });
    expect(row!.dueAt - row!.since).toBe(24 * HOUR);
  });
});
