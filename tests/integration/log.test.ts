import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getDb } from '@/lib/background/db/database';
import { saveSettings, defaultSettings } from '@/lib/shared/settings';
import { at, DAY, handledItem, seenItem } from './log-fixtures';
import { logHandled, logSeen, resetAll, send, sendRaw } from './log-harness';

const range = { from: DAY, to: DAY, platform: 'all' as const };

describe('handled log: client → router → handlers → Dexie', () => {
  beforeEach(resetAll);

  it('logs seen items idempotently and counts them in the response rate', async () => {
    expect(await logSeen([seenItem('1'), seenItem('2'), seenItem('2')])).toEqual({
      added: 2,
    });
    expect(await logSeen([seenItem('1'), seenItem('3')])).toEqual({ added: 1 });
    await logHandled(handledItem('1'));
    const stats = await send('getStats', range);
    expect(stats.seen).toBe(3);
    expect(stats.handled).toBe(1);
    expect(stats.responseRate).toBeCloseTo(1 / 3);
  });

  it('handling the same item twice updates its row and keeps the first response time', async () => {
    const first = await logHandled(handledItem('a', { actionAt: at(9, 20) }));
    expect(first).toEqual({ responseSeconds: 20 * 60, firstResponse: true });
    const second = await logHandled(
      handledItem('a', { actionAt: at(15), outcome: 'escalated', department: 'billing', resolved: false }),
    );
    expect(second).toEqual({ responseSeconds: 20 * 60, firstResponse: false });
    const rows = await getDb().handled.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      outcome: 'escalated',
      department: 'billing',
      actionAt: at(9, 20),
      updatedAt: at(15),
    });
    const stats = await send('getStats', range);
    expect(stats).toMatchObject({ handled: 1, resolved: 0, seen: 1, seenHandled: 1, responseRate: 1 });
    expect(stats.escalationsByDepartment).toEqual({ billing: 1 });
    expect(stats.responseTime.medianSeconds).toBe(1200);
  });

  it('stores no comment text unless the privacy setting allows it', async () => {
    await logHandled(handledItem('t1', { text: 'my order is late' }));
    expect((await getDb().handled.get(['x', 't1']))?.text).toBeUndefined();
    await saveSettings({ ...defaultSettings(), privacy: { storeText: true, retentionDays: null } });
    await logHandled(handledItem('t2', { text: 'my order is late' }));
    expect((await getDb().handled.get(['x', 't2']))?.text).toBe('my order is late');
  });

  it('answers getHandledIds and getTemplateUsage', async () => {
    await logHandled(handledItem('h1', { templateId: 'tpl-delivery' }));
    await logHandled(handledItem('h2', { templateId: 'tpl-delivery' }));
    await logHandled(handledItem('h3', { templateId: 'tpl-thanks', platform: 'facebook' }));
    expect(await send('getHandledIds', { platform: 'x', itemIds: ['h1', 'h3', 'nope'] }, 'panel')).toEqual({
      handled: ['h1'],
    });
    expect(await send('getTemplateUsage', {}, 'panel')).toEqual({ usage: { 'tpl-delivery': 2, 'tpl-thanks': 1 } });
  });

  it('two writers at once produce exact counts', async () => {
    const items = Array.from({ length: 40 }, (_, index) => handledItem(`p${index}`));
    await Promise.all([...items.map((item) => logHandled(item)), ...items.map((item) => logHandled(item))]);
    const stats = await send('getStats', range);
    expect(stats.handled).toBe(40);
    expect(stats.seen).toBe(40);
    expect(await getDb().handled.count()).toBe(40);
  });

  it('bumps the data revision after handling, and only the seen revision after seen items', async () => {
    const { dataRevision, seenRevision } = await import('@/lib/shared/revision');
    const before = await dataRevision.getValue();
    await logHandled(handledItem('r1'));
    await vi.waitFor(async () => expect(await dataRevision.getValue()).toBeGreaterThan(before));
    const afterHandled = await dataRevision.getValue();
    const seenBefore = await seenRevision.getValue();
    await logSeen([seenItem('r2')]);
    expect(await seenRevision.getValue()).toBeGreaterThan(seenBefore);
    // Panels in every tab watch the data revision: scrolling must not make them all re-fetch.
    expect(await dataRevision.getValue()).toBe(afterHandled);
  });

  it('announces a burst of log writes once it settles, not once per write', async () => {
    const { dataRevision } = await import('@/lib/shared/revision');
    const announced: number[] = [];
    const stop = dataRevision.watch((value) => announced.push(value));
    for (let index = 0; index < 10; index++) await logHandled(handledItem(`burst${index}`));
    await vi.waitFor(() => expect(announced.length).toBeGreaterThan(0));
    await new Promise((resolve) => setTimeout(resolve, 100));
    stop();
    // Ten writes in well under the 250 ms cap: views refetch once or twice, not ten times.
    expect(announced.length).toBeLessThanOrEqual(2);
    expect(await getDb().handled.count()).toBe(10);
  });

  it('rejects invalid input and privileged messages from content scripts', async () => {
    const bad = await sendRaw('logHandled', { ...handledItem('x1'), outcome: 'deleted' }, 'content');
    expect(bad.ok).toBe(false);
    const wipe = await sendRaw('wipeData', { confirm: 'DELETE' }, 'content');
    expect(wipe).toMatchObject({ ok: false });
    expect(await sendRaw('recomputeStats', {}, 'content')).toMatchObject({ ok: false });
  });

  it('getStatus really opens the database', async () => {
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
      manifest_version: 3,
      name: 'CareSide',
      version: '1.2.3',
    });
    const status = await send('getStatus', {});
    expect(status.dbReady).toBe(true);
    expect(getDb().isOpen()).toBe(true);
  });
});
