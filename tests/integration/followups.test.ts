import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/background/db/database';
import { applyRetention } from '@/lib/background/db/stats-repository';
import { defaultSettings, saveSettings } from '@/lib/shared/settings';
import { addDays } from '@/lib/shared/stats/day';
import { at, DAY, handledItem } from './log-fixtures';
import { logHandled, resetAll, send, sendRaw } from './log-harness';

const HOUR = 3_600_000;
const escalation = (itemId: string, department: string, actionAt: number) =>
  handledItem(itemId, { outcome: 'escalated', department, resolved: false, note: 'asked billing', actionAt });

describe('follow-ups: escalation → list → close, through the router', () => {
  beforeEach(resetAll);

  it("an escalation opens a follow-up due after the department's answer time", async () => {
    const settings = defaultSettings();
    settings.departments = settings.departments.map((d) => (d.id === 'billing' ? { ...d, answerHours: 8 } : d));
    await saveSettings(settings);
    await logHandled(escalation('a', 'billing', at(10)));
    await logHandled(escalation('b', 'legal', at(9)));
    await logHandled(handledItem('c'));
    const { followUps } = await send('listFollowUps', {});
    // legal keeps the default 24 h, billing answers in 8 h: by due time, billing first.
    expect(followUps.map((row) => [row.itemId, row.dueAt - row.since])).toEqual([
      ['a', 8 * HOUR],
      ['b', 24 * HOUR],
    ]);
    expect(followUps[0]).toMatchObject({
      status: 'open',
      waitingOn: { kind: 'department', department: 'billing' },
      since: at(10),
      authorHandle: 'customer',
      note: 'asked billing',
    });
  });

  it("stores only the wait: the due time follows a later change of the department's answer time", async () => {
    await logHandled(escalation('a', 'billing', at(10)));
    expect(await getDb().followups.toArray()).toEqual([
      {
        platform: 'x',
        itemId: 'a',
        status: 'open',
        since: at(10),
        waitingOn: { kind: 'department', department: 'billing' },
      },
    ]);
    const settings = defaultSettings();
    settings.departments = settings.departments.map((d) => (d.id === 'billing' ? { ...d, answerHours: 2 } : d));
    await saveSettings(settings);
    const [row] = (await send('listFollowUps', {})).followUps;
    expect(row!.dueAt).toBe(at(12));
  });

  it('shows what the handled row says now (handled again with a new note)', async () => {
    await logHandled(escalation('a', 'billing', at(10)));
    await logHandled(escalation('a', 'billing', at(11)));
    await logHandled(
      handledItem('a', { outcome: 'escalated', department: 'billing', resolved: false, note: 'new note' }),
    );
    const [row] = (await send('listFollowUps', {})).followUps;
    expect(row).toMatchObject({ itemId: 'a', note: 'new note', authorHandle: 'customer' });
  });

  it('counts business hours when the settings have them', async () => {
    const settings = defaultSettings();
    settings.businessHours = { ...settings.businessHours, enabled: true, days: [0, 1, 2, 3, 4, 5, 6] };
    settings.businessHours.timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    settings.departments = settings.departments.map((d) => (d.id === 'billing' ? { ...d, answerHours: 4 } : d));
    await saveSettings(settings);
    // 16:00 + 4 business hours (09:00–18:00 every day) = 11:00 the next day.
    await logHandled(escalation('a', 'billing', at(16)));
    const [row] = (await send('listFollowUps', {})).followUps;
    expect(row!.dueAt).toBe(at(11, 0, addDays(DAY, 1)));
  });

  it('closes: answer came back, or the item handled again as resolved', async () => {
    await logHandled(escalation('a', 'billing', at(10)));
    await logHandled(escalation('b', 'billing', at(10)));
    const closed = await send('closeFollowUp', { platform: 'x', itemId: 'a' });
    expect(closed.followUp).toMatchObject({ itemId: 'a', status: 'closed' });
    expect((await send('closeFollowUp', { platform: 'x', itemId: 'a' })).followUp).toBeNull();
    await logHandled(handledItem('b', { outcome: 'replied_public', resolved: true, actionAt: at(15) }));
    expect((await send('listFollowUps', {})).followUps).toEqual([]);
    const all = (await send('listFollowUps', { includeClosed: true })).followUps;
    expect(all.map((row) => [row.itemId, row.status, row.closedAt])).toEqual(
      expect.arrayContaining([
        ['b', 'closed', at(15)],
        ['a', 'closed', expect.any(Number)],
      ]),
    );
  });

  it('moves a follow-up to waiting on the customer, due 48 h later', async () => {
    await logHandled(escalation('a', 'billing', at(10)));
    const { followUp } = await send('waitOnCustomer', { platform: 'x', itemId: 'a' });
    expect(followUp).toMatchObject({ waitingOn: { kind: 'customer' }, status: 'open' });
    expect(followUp!.dueAt - followUp!.since).toBe(48 * HOUR);
  });

  it('refuses follow-up and history messages from a content script (customer data)', async () => {
    const answer = await sendRaw('getAuthorHistory', { platform: 'x', handles: ['customer'] }, 'content');
    expect(answer.ok).toBe(false);
    expect((await sendRaw('listFollowUps', {}, 'content')).ok).toBe(false);
  });
});

describe('customer history from the log', () => {
  beforeEach(resetAll);

  it("returns each author's items, newest first, and nobody else's", async () => {
    await logHandled(handledItem('1', { authorHandle: 'luca', itemCreatedAt: at(8), category: 'complaint' }));
    await logHandled(escalation('2', 'billing', at(12)));
    await logHandled(
      handledItem('3', { authorHandle: 'luca', itemCreatedAt: at(11), note: 'called back', resolved: false }),
    );
    await logHandled(handledItem('4', { authorHandle: 'luca', platform: 'facebook' }));
    const { byHandle } = await send('getAuthorHistory', { platform: 'x', handles: ['luca', 'nobody'] });
    expect(byHandle.luca!.map((row) => [row.itemId, row.note])).toEqual([
      ['3', 'called back'],
      ['1', undefined],
    ]);
    expect(byHandle.nobody).toEqual([]);
  });

  it('wipe deletes the history and the follow-ups', async () => {
    await logHandled(escalation('1', 'billing', at(10)));
    await send('wipeData', { confirm: 'DELETE' });
    expect((await send('getAuthorHistory', { platform: 'x', handles: ['customer'] })).byHandle.customer).toEqual([]);
    expect((await send('listFollowUps', { includeClosed: true })).followUps).toEqual([]);
    expect(await getDb().followups.count()).toBe(0);
  });

  it('retention deletes follow-ups with the log rows they came from', async () => {
    await logHandled(escalation('old', 'billing', at(10)));
    await logHandled(escalation('new', 'billing', Date.now()));
    // A wait started today on an old item still goes with the item.
    await send('waitOnCustomer', { platform: 'x', itemId: 'old' }, 'panel');
    await applyRetention(getDb(), 1, Date.now());
    expect((await getDb().followups.toArray()).map((row) => row.itemId)).toEqual(['new']);
    const { byHandle } = await send('getAuthorHistory', { platform: 'x', handles: ['customer'] });
    expect(byHandle.customer!.map((row) => row.itemId)).toEqual(['new']);
  });
});
