/**
 * Clean values in public replies: on a replica whose authors have messy display names, the panel greets with the
 * first name where one can be told, and asks the user (suggestion or no name) where it can't.
 */
import type { Page } from '@playwright/test';
import { resolveReplica } from '../fixtures/routes';
import { expect, test } from './fixtures';
import { panelFrame, replicaUrl, selectRow } from './helpers';

const MARCO = '1860000000000000011'; // urgent double charge, now "Dott. MARCO Bianchi | Official Store 🔥"
const SARA = '1860000000000000013'; // hacked account, now "@sara_lomb88"
const EMILY = '1860000000000000016'; // praise for the store team, now "Pizzeria Da Gino 🍕"

/** The X status replica with two authors renamed, served at its real URL. */
async function openMessyReplica(page: Page): Promise<void> {
  const url = replicaUrl('x-status-it');
  await page.route(url, async (route) => {
    const replica = resolveReplica(url)!;
    const body = String(replica.body)
      .replaceAll('Marco Bianchi', 'Dott. MARCO Bianchi | Official Store 🔥')
      .replaceAll('Sara L.', '@sara_lomb88')
      .replaceAll('Emily Carter', 'Pizzeria Da Gino 🍕');
    await route.fulfill({ status: 200, body, contentType: replica.contentType });
  });
  await page.goto(url);
}

test('a messy display name is greeted by its first name only', async ({ page }) => {
  await openMessyReplica(page);
  await selectRow(page, MARCO);
  const ui = await panelFrame(page);
  await expect(ui.getByTestId('careside-detail')).toContainText('Official Store');
  const first = ui.getByTestId('careside-suggestions').getByRole('button').first();
  await expect(first).toContainText('Marco');
  await first.click();
  const draft = ui.getByTestId('careside-draft');
  await expect(draft).toHaveValue(/Marco/);
  const text = await draft.inputValue();
  for (const junk of ['MARCO', 'Dott', 'Official', 'Store', '🔥', '|', '{first_name}', '{name}'])
    expect(text, junk).not.toContain(junk);
  await expect(ui.getByTestId('careside-missing')).toHaveCount(0);
});

test('when no first name can be told, the panel asks before inserting: a name to type, or none', async ({ page }) => {
  await openMessyReplica(page);
  await selectRow(page, EMILY);
  const ui = await panelFrame(page);
  await ui.getByTestId('careside-suggestions').getByRole('button').first().click();
  const draft = ui.getByTestId('careside-draft');
  // The greeting waits for the user: nothing is invented, and the shop's name is not used as a first name.
  await expect(draft).toHaveValue(/\{first_name\}/);
  expect(await draft.inputValue()).not.toContain('Pizzeria');
  await expect(ui.getByTestId('careside-ask-name')).toContainText('Pizzeria Da Gino');
  await expect(ui.getByTestId('careside-var-first_name')).toHaveValue('');
  await expect(ui.getByTestId('careside-insert')).toBeDisabled();

  await ui.getByTestId('careside-no-name-first_name').click();
  await expect(draft).not.toHaveValue(/\{first_name\}/);
  // "Hi {first_name}, sorry…" → "Hi, sorry…": the greeting reads as written, with no name.
  expect(await draft.inputValue()).toMatch(/^(Hi|Thank you|Thanks|Ciao|Grazie)[,!]/);
  await expect(ui.getByTestId('careside-missing')).toHaveCount(0);
  await expect(ui.getByTestId('careside-insert')).toBeEnabled();
});

test('a handle is offered as a suggestion the user confirms, never inserted unasked', async ({ page }) => {
  await openMessyReplica(page);
  await selectRow(page, SARA);
  const ui = await panelFrame(page);
  await ui.getByTestId('careside-suggestions').getByRole('button').first().click();
  const draft = ui.getByTestId('careside-draft');
  // Formal Italian greets with {name}, the others with {first_name}: either waits for the user.
  await expect(draft).toHaveValue(/\{(first_)?name\}/);
  const variable = (await draft.inputValue()).includes('{name}') ? 'name' : 'first_name';
  const field = ui.getByTestId(`careside-var-${variable}`);
  await expect(field).toHaveValue('Sara');
  await field.press('Enter');
  await expect(draft).toHaveValue(/^\S+ Sara[,!]/);
  expect(await draft.inputValue()).not.toMatch(/@|sara_lomb88/);
  await expect(ui.getByTestId('careside-insert')).toBeEnabled();
});
