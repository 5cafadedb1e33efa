import { readFileSync, statSync } from 'node:fs';
import type { Page, Worker } from '@playwright/test';
import { expect, test } from './fixtures';
import { defaultTemplates } from '../../lib/shared/templates/defaults';
import { handleItem, readTable, replicaUrl } from './helpers';

const MARCO_X = '1860000000000000011';

type Chrome = {
  chrome: { storage: Record<'local' | 'sync' | 'session', { get(keys: null): Promise<Record<string, unknown>> }> };
};

/** Everything the extension's origin holds, read from the service worker: every database, store and area. */
function readEveryStore(serviceWorker: Worker) {
  return serviceWorker.evaluate(async () => {
    const rows: Record<string, number> = {};
    for (const info of await indexedDB.databases()) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(info.name!);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        rows[`${info.name}.${store}`] = await new Promise<number>((resolve, reject) => {
          const request = db.transaction(store).objectStore(store).count();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
      }
      db.close();
    }
    const { storage } = (globalThis as unknown as Chrome).chrome;
    return {
      rows,
      local: await storage.local.get(null),
      sync: await storage.sync.get(null),
      session: await storage.session.get(null),
      caches: await caches.keys(),
    };
  });
}

async function setStoreText(openOptions: (section: 'settings') => Promise<Page>, on: boolean) {
  const settings = await openOptions('settings');
  const box = settings.getByLabel('Keep the comment text in the handled log');
  await expect(box).toBeVisible();
  await box.setChecked(on);
  await settings.getByTestId('save-settings').click();
  await expect(settings.getByTestId('save-settings')).toBeDisabled();
  return settings;
}

/** Text storage on, then one item handled on the X replica: one row with its comment text. */
async function handleWithTextStored(page: Page, openOptions: (section: 'settings') => Promise<Page>) {
  await (await setStoreText(openOptions, true)).close();
  await page.goto(replicaUrl('x-status-it'));
  await handleItem(page, MARCO_X);
}

test('turning "store comment text" off says what it deletes, and the background deletes it on save', async ({
  page,
  openOptions,
  serviceWorker,
}) => {
  await handleWithTextStored(page, openOptions);
  const texts = async () => (await readTable<{ text?: string }>(serviceWorker, 'handled')).map((row) => row.text);
  await expect.poll(texts).toEqual([expect.stringMatching(/\S/)]);

  const settings = await openOptions('settings');
  await settings.getByLabel('Keep the comment text in the handled log').uncheck();
  const question = settings.getByRole('alertdialog');
  await expect(question).toContainText('deletes the 1 comment texts already stored');
  // Asking changes nothing: the text is still there, and Cancel keeps the setting on.
  expect(await texts()).toEqual([expect.stringMatching(/\S/)]);
  await question.getByRole('button', { name: 'Cancel' }).click();
  await expect(settings.getByLabel('Keep the comment text in the handled log')).toBeChecked();

  await settings.getByLabel('Keep the comment text in the handled log').uncheck();
  await settings.getByRole('button', { name: 'Turn off and delete them on save' }).click();
  await expect(settings.getByTestId('store-text-pending')).toContainText('1 stored comment texts');
  expect(await texts()).toEqual([expect.stringMatching(/\S/)]);
  await settings.getByTestId('save-settings').click();
  await expect.poll(texts).toEqual([undefined]);
  // The row stays: only the text went.
  expect(await readTable(serviceWorker, 'handled')).toHaveLength(1);
});

test('"Delete everything" empties every table, storage area and cache', async ({
  page,
  openOptions,
  serviceWorker,
}) => {
  await handleWithTextStored(page, openOptions);
  await serviceWorker.evaluate(async () => {
    await (
      globalThis as unknown as { chrome: { storage: { session: { set(v: object): Promise<void> } } } }
    ).chrome.storage.session.set({ probe: 1 });
    await (await caches.open('probe')).put('https://probe.invalid/', new Response('cached'));
  });
  const before = await readEveryStore(serviceWorker);
  expect(before.rows['careside.handled']).toBe(1);
  expect(Object.keys(before.sync)).toContain('settings');
  expect(before.caches).toEqual(['probe']);
  // The site's tab would use CareSide again right away (and reseed the default templates): close it.
  await page.close();

  const dashboard = await openOptions('dashboard');
  await dashboard.getByRole('button', { name: 'Delete everything…' }).click();
  await dashboard.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(dashboard.getByTestId('data-notice')).toHaveText('Everything was deleted.');
  await dashboard.close();

  const after = await readEveryStore(serviceWorker);
  expect(Object.keys(after.rows).sort()).toEqual([
    'careside.daily',
    'careside.dailySamples',
    'careside.followups',
    'careside.handled',
    'careside.practice',
    'careside.seen',
    'careside.templates',
  ]);
  const { 'careside.templates': templates, ...log } = after.rows;
  expect(log).toEqual({
    'careside.daily': 0,
    'careside.dailySamples': 0,
    'careside.followups': 0,
    'careside.handled': 0,
    'careside.practice': 0,
    'careside.seen': 0,
  });
  // Every area empty, key for key (toMatchObject with {} would pass whatever they held). The one key allowed
  // back is the data revision: the dashboard's template list reseeds the built-in library (below) and says so.
  const { dataRevision: _reseeded, ...local } = after.local;
  expect(local).toEqual({});
  expect(after.sync).toEqual({});
  expect(after.session).toEqual({});
  expect(after.caches).toEqual([]);
  // The dashboard, open during the wipe, lists templates right after it, which seeds the built-in library as on a
  // first run: whatever is in the table is exactly the shipped defaults, nothing the user wrote or changed.
  if (templates! > 0) {
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect((await readTable<{ id: string }>(serviceWorker, 'templates')).sort(byId)).toEqual(
      defaultTemplates().sort(byId),
    );
  }
});

test('a backup larger than one message (64 MiB) goes out and comes back whole', async ({
  openOptions,
  serviceWorker,
}, testInfo) => {
  testInfo.setTimeout(240_000);
  await (await setStoreText(openOptions, true)).close();
  const day = new Date().toISOString().slice(0, 10);
  const now = Date.now();
  await serviceWorker.evaluate(
    async ({ day, now }) => {
      const text = 'x'.repeat(95_000) + ' ñ 👍';
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('careside');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const tx = db.transaction('handled', 'readwrite');
      for (let index = 0; index < 750; index += 1) {
        tx.objectStore('handled').put({
          platform: 'x',
          itemId: `big${index}`,
          permalink: `https://x.com/c/status/${index}`,
          authorHandle: 'customer',
          category: 'question',
          urgent: false,
          topics: [],
          urgentTopics: [],
          language: 'en',
          outcome: 'replied_public',
          resolved: true,
          text: `${index} ${text}`,
          itemCreatedAt: now - 3_600_000,
          createdAtApproximate: false,
          firstSeenAt: now - 3_000_000,
          actionAt: now - 60_000,
          updatedAt: now - 60_000,
          responseSeconds: 3540,
          businessResponseSeconds: 3540,
          day,
        });
      }
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { day, now },
  );

  const dashboard = await openOptions('dashboard');
  const exportStarted = Date.now();
  const [download] = await Promise.all([
    dashboard.waitForEvent('download', { timeout: 120_000 }),
    dashboard.getByRole('button', { name: 'Download backup (JSON)' }).click(),
  ]);
  const file = (await download.path())!;
  const exportMs = Date.now() - exportStarted;
  const size = statSync(file).size;
  expect(size).toBeGreaterThan(64 * 1024 * 1024);

  await dashboard.getByRole('button', { name: 'Delete everything…' }).click();
  await dashboard.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(dashboard.getByTestId('data-notice')).toHaveText('Everything was deleted.');
  expect(await readTable(serviceWorker, 'handled')).toHaveLength(0);
  // The wipe reset the settings ("store comment text" off): a round trip of the texts turns it back on first.
  await (await setStoreText(openOptions, true)).close();

  const importStarted = Date.now();
  await dashboard.getByTestId('import-file').setInputFiles(file);
  const preview = dashboard.getByTestId('import-preview');
  await expect(preview.getByTestId('preview-handled')).toHaveText(/Handled items\s*750\s*0\s*0/, { timeout: 120_000 });
  await preview.getByRole('button', { name: 'Replace everything' }).click();
  await expect(dashboard.getByTestId('data-notice')).toHaveText('Backup restored: 750 handled items.', {
    timeout: 120_000,
  });
  const importMs = Date.now() - importStarted;
  const rows = await readTable<{ itemId: string; text: string }>(serviceWorker, 'handled');
  expect(rows).toHaveLength(750);
  expect(rows.find((row) => row.itemId === 'big749')?.text).toBe(`749 ${'x'.repeat(95_000)} ñ 👍`);
  expect(JSON.parse(readFileSync(file, 'utf8')).formatName).toBe('dexie');
  testInfo.annotations.push({
    type: 'measured',
    description: `backup ${(size / 1024 / 1024).toFixed(1)} MiB: export ${exportMs} ms, import ${importMs} ms`,
  });
  console.info(`backup ${(size / 1024 / 1024).toFixed(1)} MiB: export ${exportMs} ms, import ${importMs} ms`);
});
