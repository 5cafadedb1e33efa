import { expect, test } from './fixtures';
import { expectAxeClean, panelAxe, panelFrame, readTable, replicaUrl, selectRow } from './helpers';

const MARCO = '1860000000000000011'; // "Mi avete addebitato DUE volte la bolletta…": urgent double charge

test.describe('X replica, English UI', () => {
  test('urgent complaint: reasons, filled template, coach, insert into the right reply box, handled, logged', async ({
    page,
    serviceWorker,
  }) => {
    await page.goto(replicaUrl('x-status-it'));
    const ui = await panelFrame(page);
    const queue = ui.getByTestId('careside-queue');
    await expect(queue.getByRole('option').first()).toHaveAttribute('data-careside-row', MARCO);
    await selectRow(page, MARCO);

    await expect(ui.getByTestId('careside-urgent')).toContainText(/addebitat/);
    await expect(ui.getByTestId('careside-reasons').getByRole('listitem').first()).toBeVisible();
    // Category with its calibrated confidence (or both, when the call is close), and the tone, row and detail.
    await expect(ui.getByTestId('careside-classification')).toContainText(/complaint(, \d+% sure| or )/);
    await expect(ui.getByTestId('careside-tone')).toHaveText('negative tone');
    await expect(ui.locator(`[data-careside-row="${MARCO}"] [data-careside-tone]`)).toHaveAttribute(
      'data-careside-tone',
      'negative',
    );
    const suggestions = ui.getByTestId('careside-suggestions').getByRole('button');
    await expect(suggestions).toHaveCount(3);
    await expect(suggestions.first()).toContainText('Marco');

    const draft = ui.getByTestId('careside-draft');
    await draft.fill(
      'Ci scusi per il disagio: verifichiamo il doppio addebito e la ricontattiamo in privato entro oggi.',
    );
    await expect(ui.locator('[data-finding="uses-name"]')).toHaveAttribute('data-severity', 'warning');
    await draft.fill(
      'Gentile Marco, ci scusi per il disagio: verifichiamo il doppio addebito e la ricontattiamo in privato entro oggi.',
    );
    await expect(ui.locator('[data-finding="uses-name"]')).toHaveAttribute('data-severity', 'ok');
    await expect(ui.getByTestId('careside-x-length')).toContainText('/280');

    await ui.getByTestId('careside-insert').click();
    await expect(ui.getByTestId('careside-status-line')).toContainText('Inserted');
    const dialog = page.locator('[role="dialog"]');
    await expect(dialog.locator(`[data-replica-reply-target="${MARCO}"]`)).toBeAttached();
    await expect(dialog.getByTestId('tweetTextarea_0')).toContainText('Gentile Marco, ci scusi');
    await expect(dialog.getByTestId('tweetButton')).toBeEnabled();
    expect(await page.evaluate(() => document.body.dataset.xPosted)).toBeUndefined();

    await ui.getByTestId('careside-handled').click();
    await ui.getByTestId('careside-confirm-handled').click();
    await expect(ui.locator(`[data-careside-row="${MARCO}"]`)).toHaveCount(0);
    await expect(ui.getByTestId('careside-tab-done')).toContainText('1');

    await expect.poll(async () => (await readTable(serviceWorker, 'handled')).length).toBe(1);
    const [row] = await readTable(serviceWorker, 'handled');
    expect(row).toMatchObject({
      platform: 'x',
      itemId: MARCO,
      category: 'complaint',
      urgent: true,
      outcome: 'replied_public',
      language: 'it',
      createdAtApproximate: false,
    });
    expect(row.responseSeconds).toBeGreaterThan(60);
    expect(row.text ?? '').toBe(''); // comment text is not stored unless the user opts in
  });

  test('keyboard: J/K move, 1 picks a template, typing in the panel never triggers X shortcuts', async ({ page }) => {
    await page.goto(replicaUrl('x-status-it'));
    const ui = await panelFrame(page);
    await ui.getByTestId('careside-queue').getByRole('option').first().waitFor();
    await ui.getByTestId('careside-panel').focus();
    await page.keyboard.press('j');
    await expect(ui.getByTestId('careside-detail')).toHaveAttribute('data-item-id', MARCO);
    await page.keyboard.press('j');
    await expect(ui.getByTestId('careside-detail')).not.toHaveAttribute('data-item-id', MARCO);
    await page.keyboard.press('k');
    await expect(ui.getByTestId('careside-detail')).toHaveAttribute('data-item-id', MARCO);
    await page.keyboard.press('1');
    await expect(ui.getByTestId('careside-draft')).toHaveValue(/Marco/);
    // Focus is in the draft: letters are text, for us and for X.
    await page.keyboard.type(' grazie, l r j k n');
    await expect(ui.getByTestId('careside-draft')).toHaveValue(/grazie, l r j k n$/);
    expect(await page.evaluate(() => document.body.dataset.xShortcut)).toBeUndefined();
    // Sanity check that the replica's shortcuts do work outside our panel.
    await page.keyboard.press('Escape');
    await page.locator('main h2').first().click();
    await page.keyboard.press('l');
    expect(await page.evaluate(() => document.body.dataset.xShortcut)).toBe('l');
  });

  test('the panel has no serious accessibility violations', async ({ page }) => {
    await page.goto(replicaUrl('x-status-it'));
    await selectRow(page, MARCO);
    await expectAxeClean(await panelAxe(page), { seriousOnly: true });
  });

  test('an unknown layout yields a "could not be read" count and no page error', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(replicaUrl('x-status-layout-changed'));
    const ui = await panelFrame(page);
    await expect(ui.getByTestId('careside-unreadable')).toContainText('2 items could not be read');
    await expect(ui.getByTestId('careside-queue').getByRole('option').first()).toBeVisible();
    expect(errors).toEqual([]);
  });
});
