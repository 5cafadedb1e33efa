import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectBadge } from './badges';
import { panelFrame, replicaUrl } from './helpers';

const DAVIDE = '1123581321345510'; // "Il negozio di Via Roma a Napoli è aperto domenica?": a plain question

async function saveSettings(page: Page) {
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByTestId('settings-status')).toContainText('Saved');
}

test('a critical topic added in settings turns a matching Facebook comment urgent, without reloading', async ({
  page,
  openOptions,
}) => {
  await page.goto(replicaUrl('facebook-post-en'));
  await page.locator(`[data-careside-id="${DAVIDE}"]`).scrollIntoViewIfNeeded();
  await expectBadge(page, DAVIDE, { urgent: false });

  const options = await openOptions('settings');
  const topics = options.getByTestId('critical-topics').locator(':scope > li');
  const before = await topics.count();
  await options.getByRole('button', { name: 'Add critical topic' }).click();
  await topics.nth(before).getByLabel('Name').fill('Store closures');
  await topics.nth(before).getByLabel('Words or phrases').fill('via roma');
  await saveSettings(options);

  await page.bringToFront();
  const ui = await panelFrame(page);
  await expectBadge(page, DAVIDE, { urgent: true });
  await expect(ui.locator(`[data-careside-row="${DAVIDE}"]`)).toContainText('⚠');
  await ui.getByTestId('careside-tab-urgent').click();
  await expect(ui.locator(`[data-careside-row="${DAVIDE}"]`)).toBeVisible();
});

test("adding the user's own handle removes their items from the queue, without reloading", async ({
  page,
  openOptions,
}) => {
  await page.goto(replicaUrl('x-mentions-en'));
  const ui = await panelFrame(page);
  const lucaRows = ui.getByTestId('careside-queue').getByRole('option', { name: /Luca Moretti/ });
  await expect(lucaRows.first()).toBeVisible();
  expect(await lucaRows.count()).toBeGreaterThan(0);

  const options = await openOptions('settings');
  await options.getByLabel('Your own X handles').fill('@luca_deliveries');
  await saveSettings(options);

  await page.bringToFront();
  await expect(lucaRows).toHaveCount(0);
  await expect(ui.getByTestId('careside-queue').getByRole('option').first()).toBeVisible();
});

test('a watched keyword highlights matching items in the feed and is counted in the panel', async ({
  page,
  openOptions,
}) => {
  await page.goto(replicaUrl('facebook-post-en'));
  const AHMED = '1123581321345506'; // "Do you deliver to Sardinia?…"
  await page.locator(`[data-careside-id="${AHMED}"]`).scrollIntoViewIfNeeded();
  await expectBadge(page, AHMED, { monitored: false });

  const options = await openOptions('settings');
  await options.getByLabel('Keywords and mentions').fill('sardinia');
  await saveSettings(options);

  await page.bringToFront();
  await expectBadge(page, AHMED, { monitored: true });
  await expect((await panelFrame(page)).getByTestId('careside-counts')).toContainText('1 watched');
});
