import type { Frame, Page } from '@playwright/test';
import { REPLICA_PAGES } from '../../tests/fixtures/routes';
import { launchWithExtension } from '../lib/launch';

/** The panel's frame on a site page, once its document has loaded. */
async function waitForPanelFrame(page: Page): Promise<Frame> {
  for (let tries = 0; tries < 100; tries++) {
    const frame = page.frames().find((candidate) => /^chrome-extension:\/\/[^/]+\/panel\.html/.test(candidate.url()));
    if (frame) {
      await frame.waitForLoadState('domcontentloaded');
      return frame;
    }
    await page.waitForTimeout(100);
  }
  throw new Error('The panel frame never appeared on the replica page');
}

/** Spreads `count` handled items over the last 365 days, both platforms, varied categories and times. */
const MAKE_ROWS = `(count, now) => {
  const categories = ['complaint', 'praise', 'question', 'troll', 'spam', 'other'];
  const outcomes = { complaint: 'escalated', praise: 'replied_public', question: 'replied_public', troll: 'ignored_troll', spam: 'hidden_spam', other: 'moved_private' };
  const topics = ['delivery', 'billing', 'refund', 'account', 'availability', 'store_hours'];
  const pad = (n) => String(n).padStart(2, '0');
  const dayOf = (t) => { const d = new Date(t); return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate()); };
  const handled = [];
  const seen = [];
  for (let i = 0; i < count; i++) {
    const platform = i % 3 === 0 ? 'facebook' : 'x';
    const category = categories[i % categories.length];
    const actionAt = now - ((i * 7919) % (365 * 86400)) * 1000;
    const responseSeconds = (i * 104729) % (3 * 86400);
    const itemCreatedAt = actionAt - responseSeconds * 1000;
    const row = {
      platform, itemId: 'bench-' + i, permalink: 'https://example.invalid/' + i, authorHandle: 'user' + (i % 997),
      category, urgent: i % 11 === 0, topics: [topics[i % topics.length]], urgentTopics: [], language: i % 4 === 0 ? 'en' : 'it',
      outcome: outcomes[category], resolved: i % 5 !== 0, itemCreatedAt, createdAtApproximate: platform === 'facebook',
      firstSeenAt: itemCreatedAt, actionAt, updatedAt: actionAt, responseSeconds, businessResponseSeconds: responseSeconds,
      day: dayOf(actionAt),
    };
    if (i % 4 === 0) row.templateId = 'tpl-' + (i % 9);
    if (category === 'complaint') row.department = 'billing';
    handled.push(row);
    seen.push({ platform, itemId: row.itemId, category, urgent: row.urgent, language: row.language, itemCreatedAt,
      createdAtApproximate: row.createdAtApproximate, firstSeenAt: itemCreatedAt, day: dayOf(itemCreatedAt), handled: true });
  }
  return { handled, seen };
}`;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const pad = (n: number) => String(n).padStart(2, '0');
const dayOf = (time: number) => {
  const date = new Date(time);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
};

/** The dashboard's full year view: every row is in range, the worst case. */
function yearRange(now: number) {
  return { from: dayOf(now - 366 * 86400_000), to: dayOf(now), platform: 'all' as const };
}

async function fakeIndexedDbBench(count: number): Promise<number> {
  const { indexedDB, IDBKeyRange } = await import('fake-indexeddb');
  const { default: Dexie } = await import('dexie');
  Dexie.dependencies.indexedDB = indexedDB;
  Dexie.dependencies.IDBKeyRange = IDBKeyRange;
  const { CareSideDb } = await import('@/lib/background/db/database');
  const { queryStats, recomputeStats } = await import('@/lib/background/db/stats-repository');
  const { listTemplates } = await import('@/lib/background/db/templates-repository');
  const { countRows } = await import('@/lib/background/db/backup');
  const db = new CareSideDb(`careside-bench-${Date.now()}`);
  const now = Date.now();
  const { handled, seen } = (0, eval)(MAKE_ROWS)(count, now);
  await db.handled.bulkPut(handled);
  await db.seen.bulkPut(seen);
  await recomputeStats(db, null);
  const times: number[] = [];
  for (let run = 0; run < 5; run++) {
    const start = performance.now();
    await Promise.all([
      queryStats(db, yearRange(now), false, { departments: [], businessHours: null }),
      listTemplates(db),
      countRows(db),
    ]);
    times.push(performance.now() - start);
  }
  await db.delete();
  return median(times);
}

/** Log writes, and the queries the dashboard page issues (getStats, getDataSummary, listTemplates), in real Chromium IndexedDB through the extension's own messaging. */
async function chromiumBench(extensionPath: string, count: number) {
  const launched = await launchWithExtension({ extensionPath });
  try {
    const page = await launched.context.newPage();
    await page.goto(`chrome-extension://${launched.extensionId}/options.html#settings`);
    const send = `(name, input) => chrome.runtime.sendMessage({ careside: 1, name, input }).then((r) => { if (!r || !r.ok) throw new Error(r ? r.error : 'no answer'); return r.data; })`;
    await page.evaluate(`(${send})('getStatus', {})`);
    // Log writes come from the panel (the options page may not send them): the panel frame on a replica.
    const site = await launched.context.newPage();
    await site.goto(REPLICA_PAGES.find((replica) => replica.name === 'x-status-it')!.url);
    const panel = await waitForPanelFrame(site);
    const logWriteMs = (await panel.evaluate(`(async () => {
      const send = ${send};
      const now = Date.now();
      const times = [];
      for (let i = 0; i < 200; i++) {
        const item = { platform: 'x', itemId: 'write-' + i, permalink: '', authorHandle: 'a', category: 'question', urgent: false,
          topics: ['delivery'], urgentTopics: [], language: 'it', outcome: 'replied_public', resolved: true,
          itemCreatedAt: now - 600000, createdAtApproximate: false, firstSeenAt: now - 300000, actionAt: now };
        const start = performance.now();
        await send('logHandled', item);
        times.push(performance.now() - start);
      }
      times.sort((a, b) => a - b);
      return times[Math.floor(times.length / 2)];
    })()`)) as number;
    await site.close();
    const now = Date.now();
    await page.evaluate(`(async () => {
      const { handled, seen } = (${MAKE_ROWS})(${count}, ${now});
      const db = await new Promise((resolve, reject) => {
        const request = indexedDB.open('careside');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await new Promise((resolve, reject) => {
        const tx = db.transaction(['handled', 'seen'], 'readwrite');
        for (const row of handled) tx.objectStore('handled').put(row);
        for (const row of seen) tx.objectStore('seen').put(row);
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    })()`);
    await page.evaluate(`(${send})('recomputeStats', {})`);
    const statsMs = (await page.evaluate(`(async () => {
      const send = ${send};
      const range = ${JSON.stringify(yearRange(now))};
      const times = [];
      let handled = 0;
      for (let run = 0; run < 5; run++) {
        const start = performance.now();
        const [stats] = await Promise.all([send('getStats', range), send('listTemplates', {}), send('getDataSummary', {})]);
        times.push(performance.now() - start);
        handled = stats.handled;
      }
      times.sort((a, b) => a - b);
      const parts = {};
      for (const [name, input] of [['getStats', range], ['listTemplates', {}], ['getDataSummary', {}]]) {
        const start = performance.now();
        await send(name, input);
        parts[name] = performance.now() - start;
      }
      return { ms: times[Math.floor(times.length / 2)], handled, parts };
    })()`)) as { ms: number; handled: number; parts: Record<string, number> };
    if (statsMs.handled < count) throw new Error(`Expected ${count} handled rows in the stats, got ${statsMs.handled}`);
    return {
      log_write_ms: logWriteMs,
      stats_query_100k_ms: statsMs.ms,
      stats_get_stats_100k_ms: statsMs.parts.getStats!,
      stats_data_summary_100k_ms: statsMs.parts.getDataSummary!,
    };
  } finally {
    await launched.close();
  }
}

/**
 * Database benchmark: median log write latency (logHandled through messaging, Chromium) and all of
 * the dashboard's queries over 100,000 handled rows, in Chromium's IndexedDB and in fake-indexeddb.
 */
export async function runDbBench(opts: { extensionPath: string; chromePath: string }): Promise<Record<string, number>> {
  process.env.CHROME_PATH ??= opts.chromePath;
  const count = 100_000;
  const chromium = await chromiumBench(opts.extensionPath, count);
  const fake = await fakeIndexedDbBench(count);
  return { ...chromium, stats_query_100k_ms_fake: fake };
}
