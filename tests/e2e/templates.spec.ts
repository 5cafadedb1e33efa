import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectAxeClean, panelFrame, replicaUrl, selectRow } from './helpers';

const ANNA = '1860000000000000105'; // "@acmeitalia do you ship to Switzerland?"

/**
 * Issue 5 end to end: a user creates a template in the options page and sees it suggested for a matching
 * comment in the X replica; a bad import file is refused with a readable message while the library stays
 * intact; only the valid entries of a partially invalid pack are imported once the user confirms.
 */

async function openTemplates(openOptions: (section: 'templates') => Promise<Page>) {
  const page = await openOptions('templates');
  await expect(page.getByRole('heading', { name: 'Reply templates', level: 2 })).toBeVisible();
  await expect(page.getByTestId('template-list')).toBeVisible();
  return page;
}

/** One good template and one with a typo in a variable. */
const PACK = {
  format: 'careside-templates',
  version: 1,
  exportedAt: 0,
  templates: [
    {
      id: 'team-thanks',
      title: 'Team thanks',
      category: 'praise',
      topics: ['generic'],
      variants: [{ language: 'en', body: 'Thanks {first_name}!' }],
    },
    {
      id: 'typo',
      title: 'Typo template',
      category: 'praise',
      topics: [],
      variants: [{ language: 'en', body: 'Hi {nome}' }],
    },
  ],
};

/** "12 of 42 templates" → 42. */
async function totalTemplates(page: Page): Promise<number> {
  const text = (await page.getByTestId('template-count').textContent()) ?? '';
  return Number(/of (\d+)/.exec(text)?.[1]);
}

test('a user creates a template: unknown variables are refused, the preview fills the sample, the template persists', async ({
  openOptions,
}) => {
  const page = await openTemplates(openOptions);
  const before = await totalTemplates(page);
  expect(before).toBeGreaterThanOrEqual(40);

  await page.getByRole('button', { name: 'New template' }).click();
  const editor = page.getByTestId('template-editor');
  await editor.getByLabel('Title').fill('Milan store hours');
  await editor.getByLabel('Category').selectOption('question');
  await editor.getByRole('checkbox', { name: 'Store hours' }).check();
  await editor.getByLabel('Register').selectOption('tu');
  await editor.getByLabel('Text').fill('Ciao {nome}, il negozio di Milano è aperto dalle 9 alle 20.');
  await editor.getByRole('button', { name: 'Save template' }).click();
  await expect(editor.getByRole('alert')).toContainText('unknown variable {nome}');

  await editor
    .getByLabel('Text')
    .fill('Ciao {first_name}, il negozio di Milano è aperto dal lunedì al sabato dalle 9 alle 20. {agent|}');
  await expect(page.getByTestId('template-preview-text')).toContainText('Ciao Maria, il negozio di Milano');
  await editor.getByRole('button', { name: 'Save template' }).click();
  await expect(page.getByTestId('template-notice')).toContainText('Template “Milan store hours” saved.');
  expect(await totalTemplates(page)).toBe(before + 1);

  await page.reload();
  await page.getByLabel('Search templates').fill('milan');
  await expect(page.getByTestId('template-list').locator('li')).toHaveCount(1);
  await expect(page.getByTestId('template-list')).toContainText('Milan store hours');

  // Delete, then undo.
  await page.getByRole('button', { name: 'Delete “Milan store hours”' }).click();
  await expect(page.getByText('No template matches these filters.')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByTestId('template-list')).toContainText('Milan store hours');
});

test('an invalid import file is refused with a readable message and the library stays intact', async ({
  openOptions,
}) => {
  const page = await openTemplates(openOptions);
  const before = await totalTemplates(page);
  const file = page.getByTestId('template-import-file');

  await file.setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format": "careside-templates", "templates": ['),
  });
  await expect(page.getByTestId('template-import-error')).toContainText(
    'This file can’t be imported: The file is not valid JSON',
  );
  await expect(page.getByRole('button', { name: /^Import the valid templates/ })).toHaveCount(0);
  await page.getByTestId('template-import').getByRole('button', { name: 'Cancel' }).click();
  expect(await totalTemplates(page)).toBe(before);

  await file.setInputFiles({
    name: 'pack.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(PACK)),
  });
  const invalid = page.getByTestId('template-import-invalid');
  await expect(invalid).toContainText('Invalid entries, which will not be imported (1):');
  await expect(invalid).toContainText('Entry 2 (Typo template): variants.0.body: Unknown variable {nome}');
  expect(await totalTemplates(page)).toBe(before);
  await page.getByTestId('template-import').getByRole('button', { name: 'Cancel' }).click();
  expect(await totalTemplates(page)).toBe(before);
});

test('confirming a partially valid pack imports only the valid entries', async ({ openOptions }) => {
  const page = await openTemplates(openOptions);
  const before = await totalTemplates(page);
  await page
    .getByTestId('template-import-file')
    .setInputFiles({ name: 'pack.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(PACK)) });
  await page.getByRole('button', { name: 'Import the valid templates (1)' }).click();
  await expect(page.getByTestId('template-notice')).toContainText(
    'Import done: 1 added, 0 already present, 0 added as copies.',
  );
  expect(await totalTemplates(page)).toBe(before + 1);
  await expect(page.getByTestId('template-list')).toContainText('Team thanks');
  await expect(page.getByTestId('template-list')).not.toContainText('Typo template');
});

test('the template manager has no serious accessibility violations', async ({ openOptions }) => {
  const page = await openTemplates(openOptions);
  await page.getByRole('button', { name: 'Edit “Delivery late: apology + concrete next step”' }).click();
  await expect(page.getByTestId('template-preview')).toBeVisible();
  await expectAxeClean(page, { seriousOnly: true });
});

test('a template created in the options page is suggested for a matching comment in the X replica', async ({
  openOptions,
  page,
}) => {
  const options = await openTemplates(openOptions);
  await options.getByRole('button', { name: 'New template' }).click();
  const editor = options.getByTestId('template-editor');
  await editor.getByLabel('Title').fill('Shipping to Switzerland');
  await editor.getByLabel('Category').selectOption('question');
  await editor.getByRole('checkbox', { name: 'Shipping abroad' }).check();
  await editor.getByLabel('Language').selectOption('en');
  await editor
    .getByLabel('Text')
    .fill(
      'Hi {first_name}, yes: we ship to Switzerland in 5-8 working days. At checkout choose "Other countries" and the address form changes. {agent|}',
    );
  await editor.getByRole('button', { name: 'Save template' }).click();
  await expect(options.getByTestId('template-notice')).toContainText('saved');

  await page.goto(replicaUrl('x-mentions-en'));
  const ui = await panelFrame(page);
  await ui.getByTestId('careside-queue').getByRole('option').first().waitFor();
  await selectRow(page, ANNA);
  const suggestions = ui.getByTestId('careside-suggestions');
  await expect(suggestions).toContainText('Shipping to Switzerland');
  await suggestions.getByRole('button', { name: /Shipping to Switzerland/ }).click();
  await expect(ui.getByTestId('careside-draft')).toHaveValue(/^Hi Anna, yes: we ship to Switzerland/);
});
