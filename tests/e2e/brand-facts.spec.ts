/**
 * Brand facts as settings: a template that states a fact the brand has not set is shown disabled with the
 * setting it waits for, and works once the fact is set; the coach flags a promise a shipped template makes on
 * its own (here an old copy of the store-hours template, as a profile from before this change still holds it).
 */
import type { Worker } from '@playwright/test';
import { expect, test } from './fixtures';
import { panelFrame, readTable, replicaUrl, selectRow } from './helpers';

const HOURS_QUESTION = '1123581321345510'; // a question the store-hours template answers
const STORE_HOURS = 'default-question-store-hours';

test('a template that needs unset opening hours is disabled with the hint, and usable once they are set', async ({
  page,
  context,
}) => {
  await page.goto(replicaUrl('facebook-post-en'));
  await selectRow(page, HOURS_QUESTION);
  const ui = await panelFrame(page);
  const hours = ui.locator(`[data-template-id="${STORE_HOURS}"]`);
  await expect(hours).toHaveAttribute('aria-disabled', 'true');
  await expect(hours.getByTestId('careside-fact-hint')).toHaveText('Set opening hours in Settings');
  await expect(hours).not.toContainText('9:00');

  // The hint opens the settings, where the brand states its hours (aria-disabled: Playwright would wait for it
  // to be enabled, a person can click it).
  const [options] = await Promise.all([context.waitForEvent('page'), hours.click({ force: true })]);
  await expect(ui.getByTestId('careside-draft')).toHaveValue('');
  await options.waitForURL(/options\.html#settings/);
  await options.getByLabel('Opening hours').fill('Mon-Fri 10:00-18:00');
  await options.getByRole('button', { name: 'Save settings' }).click();
  await expect(options.getByRole('status').first()).toContainText('Saved');

  await page.bringToFront();
  await expect(hours).not.toHaveAttribute('aria-disabled', 'true');
  await hours.click();
  await expect(ui.getByTestId('careside-draft')).toHaveValue(
    /(our opening hours|i nostri orari): Mon-Fri 10:00-18:00\./,
  );
  // The hours are the brand's own: no promise to flag.
  await expect(ui.locator('[data-finding="unbacked-promise"]')).toHaveCount(0);
});

/** Puts back the store-hours template as CareSide shipped it before brand facts, with its invented hours. */
async function restoreOldStoreHours(serviceWorker: Worker): Promise<void> {
  const [template] = (await readTable<{ id: string }>(serviceWorker, 'templates')).filter((t) => t.id === STORE_HOURS);
  const old = {
    ...template,
    variants: [
      {
        language: 'en',
        body: 'Hi {first_name}, our stores are open Monday to Saturday 9:00-19:30, Sunday 10:00-13:00. Holiday hours for each store are on the store locator page of our website. {agent|}',
      },
    ],
  };
  await serviceWorker.evaluate(
    (row) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('careside');
        open.onsuccess = () => {
          const tx = open.result.transaction('templates', 'readwrite');
          tx.objectStore('templates').put(row);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
    old,
  );
}

test('the coach flags hours that came with a shipped template, and not once the user changes them', async ({
  page,
  serviceWorker,
}) => {
  await page.goto(replicaUrl('facebook-post-en'));
  await selectRow(page, HOURS_QUESTION); // the panel lists (and seeds) the library
  await restoreOldStoreHours(serviceWorker);
  await page.reload();
  await selectRow(page, HOURS_QUESTION);
  const ui = await panelFrame(page);
  await ui.locator(`[data-template-id="${STORE_HOURS}"]`).click();
  const draft = ui.getByTestId('careside-draft');
  await expect(draft).toHaveValue(/9:00-19:30/);
  const flag = ui.locator('[data-finding="unbacked-promise"]');
  await expect(flag).toHaveAttribute('data-severity', 'warning');
  await expect(flag).toContainText('“9:00”');
  await expect(flag).toContainText('never promise what you can’t keep');

  // What the user types is theirs: replacing the template's hours with their own clears the flag.
  await draft.fill((await draft.inputValue()).replace(/open .*13:00/, 'open Tuesday to Sunday 8:00-20:00'));
  await expect(flag).toHaveCount(0);
});
