import type { Page, Worker } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectAxeClean } from './helpers';

/**
 * The options-page half of issue 8: settings edited on the page land in browser storage, where the
 * panel and badges read them live. (The panel half — a matching Facebook comment turning urgent, own
 * replies leaving the queue — belongs with the side-panel specs.)
 */

type ChromeStorage = { chrome: { storage: { sync: { get(key: string): Promise<Record<string, unknown>> } } } };

/** The stored settings as the background sees them (sync area, compact form). */
async function storedSettings(serviceWorker: Worker) {
  return serviceWorker.evaluate(async () => {
    const area = (globalThis as unknown as ChromeStorage).chrome.storage.sync;
    const { settings } = await area.get('settings');
    return settings as {
      criticalTopics: { id: string; label?: string; phrases?: string[] }[];
      brand: { ownHandles: { x: string[] } };
    };
  });
}

async function openSettings(openOptions: (section: 'settings') => Promise<Page>) {
  const page = await openOptions('settings');
  await expect(page.getByRole('heading', { name: 'Settings', level: 2 })).toBeVisible();
  return page;
}

test('adding a critical topic and an own handle saves them to sync storage', async ({ openOptions, serviceWorker }) => {
  const page = await openSettings(openOptions);
  const topics = page.getByTestId('critical-topics').locator(':scope > li');
  const before = await topics.count();

  await page.getByRole('button', { name: 'Add critical topic' }).click();
  const added = topics.nth(before);
  await expect(added.getByLabel('Name')).toBeFocused();
  await added.getByLabel('Name').fill('Product recall');
  await added.getByLabel('Words or phrases').fill('richiamo prodotto\nproduct recall');
  await page.getByLabel('Your own X handles').fill('@AcmeCare');
  await page.getByRole('button', { name: 'Save settings' }).click();

  await expect(page.getByTestId('settings-status')).toContainText('Saved');
  const stored = await storedSettings(serviceWorker);
  expect(stored.criticalTopics.at(-1)).toMatchObject({
    label: 'Product recall',
    phrases: ['richiamo prodotto', 'product recall'],
  });
  expect(stored.brand.ownHandles.x).toEqual(['acmecare']);
});

test('a change saved in one tab shows up in another without reload', async ({ openOptions }) => {
  const first = await openSettings(openOptions);
  const second = await openSettings(openOptions);
  await first.getByLabel('Brand names').fill('Acme Italia');
  await first.getByRole('button', { name: 'Save settings' }).click();
  await expect(second.getByLabel('Brand names')).toHaveValue('Acme Italia');
});

test('a bad import file is explained and changes nothing', async ({ openOptions, serviceWorker }) => {
  const page = await openSettings(openOptions);
  const before = await storedSettings(serviceWorker);
  await page.getByLabel('Import settings file').setInputFiles({
    name: 'settings.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({ careside: 'settings', version: 3, settings: { sla: { x: { targetMinutes: 0 } } } }),
    ),
  });
  await expect(page.getByTestId('import-result')).toContainText('sla.x.targetMinutes');
  expect(await storedSettings(serviceWorker)).toEqual(before);
});

test('the settings page has no serious accessibility violations', async ({ openOptions }) => {
  const page = await openSettings(openOptions);
  await expectAxeClean(page, { seriousOnly: true });
});
