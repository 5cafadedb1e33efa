import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { handleItem, readTable, replicaUrl } from './helpers';

const MARCO_X = '1860000000000000011';
const SARA_X = '1860000000000000013';
const GIULIA_FB = '1123581321345501';

async function openDashboard(openOptions: (section: 'dashboard') => Promise<Page>) {
  const dashboard = await openOptions('dashboard');
  await dashboard.getByText('Last 30 days').click();
  await expect(dashboard.getByRole('radio', { name: 'Last 30 days' })).toBeChecked();
  return dashboard;
}

const value = (dashboard: Page, card: string) => dashboard.getByTestId(`card-${card}-value`);

test('items handled on both replicas show up in the numbers and the charts', async ({ page, context, openOptions }) => {
  await page.goto(replicaUrl('x-status-it'));
  await handleItem(page, MARCO_X);
  const facebook = await context.newPage();
  await facebook.goto(replicaUrl('facebook-post-it'));
  await handleItem(facebook, GIULIA_FB);

  const dashboard = await openDashboard(openOptions);
  await expect(value(dashboard, 'handled')).toHaveText('2');
  await expect(value(dashboard, 'urgent')).toHaveText('2');
  await expect(dashboard.getByTestId('benchmark')).toContainText('1.6%');
  // recharts draws real SVG shapes: bars per day and per response-time band, a pie per platform.
  await expect(dashboard.locator('.recharts-bar-rectangle').first()).toBeVisible();
  await expect(dashboard.locator('.recharts-pie-sector')).toHaveCount(2);
});

test('export, wipe, import restores the same numbers; a corrupted file changes nothing', async ({
  page,
  openOptions,
  serviceWorker,
}) => {
  await page.goto(replicaUrl('x-status-it'));
  await handleItem(page, MARCO_X);
  await handleItem(page, SARA_X);
  // Seen items are reported in batches: wait for all of them, or the response rate changes under the test.
  await expect.poll(async () => (await readTable(serviceWorker, 'seen')).length, { timeout: 10_000 }).toBe(9);

  const dashboard = await openDashboard(openOptions);
  await expect(value(dashboard, 'handled')).toHaveText('2');
  const rate = await value(dashboard, 'response-rate').textContent();
  const median = await value(dashboard, 'median').textContent();

  const [download] = await Promise.all([
    dashboard.waitForEvent('download'),
    dashboard.getByRole('button', { name: 'Download backup (JSON)' }).click(),
  ]);
  const backup = readFileSync(await download.path());

  await dashboard.getByRole('button', { name: 'Delete everything…' }).click();
  await dashboard.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(value(dashboard, 'handled')).toHaveText('0');

  await dashboard
    .getByTestId('import-file')
    .setInputFiles({ name: 'careside-backup.json', mimeType: 'application/json', buffer: backup });
  // Nothing is written before the user has seen what the file holds and chosen how to restore it.
  const preview = dashboard.getByTestId('import-preview');
  await expect(preview.getByTestId('preview-handled')).toHaveText(/Handled items\s*2\s*0\s*0/);
  await expect(value(dashboard, 'handled')).toHaveText('0');
  await preview.getByRole('button', { name: 'Replace everything' }).click();
  await expect(value(dashboard, 'handled')).toHaveText('2');
  await expect(value(dashboard, 'response-rate')).toHaveText(rate!);
  await expect(value(dashboard, 'median')).toHaveText(median!);

  const corrupted = backup.toString('utf8').replace('"handled"', '"handled_broken"').slice(0, -40);
  await dashboard
    .getByTestId('import-file')
    .setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(corrupted) });
  // The notice is also used for success messages: it must be the error one, naming the problem.
  await expect(dashboard.getByTestId('data-notice')).toHaveAttribute('data-error', 'true');
  await expect(dashboard.getByTestId('data-notice')).not.toBeEmpty();
  await expect(value(dashboard, 'handled')).toHaveText('2');
  await expect(value(dashboard, 'median')).toHaveText(median!);
});

test('two tabs logging at once produce exact counts', async ({ page, context, serviceWorker }) => {
  const second = await context.newPage();
  await Promise.all([page.goto(replicaUrl('x-status-it')), second.goto(replicaUrl('x-status-it'))]);
  await Promise.all([handleItem(page, MARCO_X), handleItem(second, SARA_X)]);
  // Both tabs report the same items as seen: each must be counted once.
  await expect.poll(async () => (await readTable(serviceWorker, 'handled')).length).toBe(2);
  const seen = await readTable<{ itemId: string }>(serviceWorker, 'seen');
  expect(new Set(seen.map((row) => row.itemId)).size).toBe(seen.length);
  await expect
    .poll(async () => (await readTable(serviceWorker, 'seen')).length, { timeout: 10_000 })
    .toBeGreaterThanOrEqual(8);
});
