import { expectBadge } from './badges';
import { expect, test } from './fixtures';
import { expectAxeClean, panelAxe, panelFrame, readTable, replicaUrl, selectRow } from './helpers';

const GIULIA = '1123581321345501'; // "Ho pagato due volte l'ordine 77812…": urgent double charge
const TOM = '1123581321345502'; // "…Food poisoning confirmed by the doctor": urgent safety

const cases = [
  {
    name: 'Italian page, Italian UI',
    locale: 'it-IT',
    page: 'facebook-post-it',
    itemId: GIULIA,
    author: 'Giulia',
    withoutName:
      'Ci dispiace molto per il doppio addebito: ti scriviamo subito in privato per verificare e ti aggiorniamo qui entro oggi.',
    withName:
      'Ciao Giulia, ci dispiace molto per il doppio addebito: ti scriviamo subito in privato per verificare e ti aggiorniamo qui entro oggi.',
    inserted: 'Inserito',
    handledLabel: 'Fatti',
    classification: /reclamo(, sicuro al \d+%| o )/,
  },
  {
    name: 'English page, English UI',
    locale: 'en-US',
    page: 'facebook-post-en',
    itemId: TOM,
    author: 'Tom',
    withoutName:
      'We are so sorry to hear this. We have sent you a private message so our safety team can call you today.',
    withName:
      'Tom, we are so sorry to hear this. We have sent you a private message so our safety team can call you today.',
    inserted: 'Inserted',
    handledLabel: 'Done',
    classification: /complaint(, \d+% sure| or )/,
  },
];

for (const c of cases) {
  test.describe(c.name, () => {
    test.use({ uiLocale: c.locale });

    test('urgent complaint: reasons, filled template, coach, insert into its Lexical reply box, handled, logged', async ({
      page,
      serviceWorker,
    }) => {
      await page.goto(replicaUrl(c.page));
      const ui = await panelFrame(page);
      await selectRow(page, c.itemId);
      await expect(ui.getByTestId('careside-urgent')).toBeVisible();
      // The category in the UI's language, with its confidence (both categories when the call is close).
      await expect(ui.getByTestId('careside-classification')).toContainText(c.classification);
      await expect(ui.getByTestId('careside-reasons').getByRole('listitem').first()).toBeVisible();
      await expect(ui.getByTestId('careside-suggestions').getByRole('button').first()).toContainText(c.author);

      const draft = ui.getByTestId('careside-draft');
      await draft.fill(c.withoutName);
      await expect(ui.locator('[data-finding="uses-name"]')).toHaveAttribute('data-severity', 'warning');
      await draft.fill(c.withName);
      await expect(ui.locator('[data-finding="uses-name"]')).toHaveAttribute('data-severity', 'ok');
      await expect(ui.getByTestId('careside-x-length')).toHaveCount(0);

      await ui.getByTestId('careside-insert').click();
      await expect(ui.getByTestId('careside-status-line')).toContainText(c.inserted);
      // The reply box that opened belongs to this comment's thread and holds exactly our text.
      const thread = page
        .locator('ul.replica-comments > li')
        .filter({ has: page.locator(`[data-careside-id="${c.itemId}"]`) });
      const box = thread.locator('[data-replica-reply-box] [contenteditable="true"]');
      await expect(box).toHaveText(c.withName);
      await expect(page.locator('[data-replica-reply-box]')).toHaveCount(1);
      expect(await page.evaluate(() => document.body.dataset.fbSubmitted)).toBeUndefined();

      await ui.getByTestId('careside-panel').focus();
      await page.keyboard.press('h');
      await ui.getByTestId('careside-confirm-handled').click();
      await expect(ui.locator(`[data-careside-row="${c.itemId}"]`)).toHaveCount(0);
      await expect(ui.getByTestId('careside-tab-done')).toContainText(`${c.handledLabel} 1`);

      await expect.poll(async () => (await readTable(serviceWorker, 'handled')).length).toBe(1);
      const [row] = await readTable(serviceWorker, 'handled');
      expect(row).toMatchObject({
        platform: 'facebook',
        itemId: c.itemId,
        category: 'complaint',
        urgent: true,
        outcome: 'replied_public',
        createdAtApproximate: true,
      });
      expect(row.responseSeconds).toBeGreaterThan(0);
    });
  });
}

test.describe('dark theme', () => {
  test.use({ scheme: 'dark' });
  test('the panel follows the site into dark mode and stays accessible', async ({ page }) => {
    await page.goto(replicaUrl('facebook-post-en'));
    const ui = await panelFrame(page);
    await expect(ui.getByTestId('careside-panel')).toHaveAttribute('data-theme', 'dark');
    await selectRow(page, TOM);
    await expectAxeClean(await panelAxe(page), { seriousOnly: true });
  });
});

test('HTML inside a comment is shown as text, never run', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(replicaUrl('facebook-post-en'));
  const ui = await panelFrame(page);
  await selectRow(page, '1123581321345507');
  await expect(ui.getByTestId('careside-item-text')).toHaveText(
    '<img src=x onerror=alert(1)> <b>ciao</b> ma le offerte valgono anche online?',
  );
  await expect(ui.getByTestId('careside-item-text').locator('img, b')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test('a layout Facebook changed yields the "could not be read" count, in Italian', async ({ page }) => {
  await page.goto(replicaUrl('facebook-post-layout-changed'));
  const ui = await panelFrame(page);
  await expect(ui.getByTestId('careside-unreadable')).toContainText('3');
});

test('web.facebook.com, where some countries get the desktop site, reads and classifies too', async ({ page }) => {
  await page.goto(replicaUrl('facebook-post-en').replace('https://www.facebook.com/', 'https://web.facebook.com/'));
  const ui = await panelFrame(page);
  const rows = ui.getByTestId('careside-queue').getByRole('option');
  await expect(rows.first()).toBeVisible();
  await expect(ui.locator(`[data-careside-row="${TOM}"]`)).toBeVisible();
  await selectRow(page, TOM);
  await expect(ui.getByTestId('careside-urgent')).toBeVisible();
});

test('a comment whose text cannot be read is listed as such, never as "other"; a sticker alone says so', async ({
  page,
}) => {
  await page.goto(replicaUrl('facebook-post-en'));
  const ui = await panelFrame(page);
  const rows = ui.getByTestId('careside-queue').getByRole('option');
  await expect(rows.first()).toBeVisible();
  await expect(ui.getByTestId('careside-read-count')).toHaveCount(0);
  // Facebook changes the markup under two comments: one loses its text, one becomes a sticker.
  await page.evaluate(() => {
    const blocksOf = (id: string) => document.querySelectorAll(`[data-careside-id="${id}"] .x1lliihq div[dir="auto"]`);
    blocksOf('1123581321345503').forEach((block) => block.remove());
    blocksOf('1123581321345504').forEach((block) => block.remove());
    const sticker = document.createElement('img');
    sticker.alt = 'Sticker: thumbs up';
    document.querySelector('[data-careside-id="1123581321345504"] .x1lliihq')!.appendChild(sticker);
  });
  const unread = ui.locator('[data-careside-row="1123581321345503"] [data-careside-read-state="unread"]');
  await expect(unread).toHaveText('couldn’t read this comment (text)');
  await expect(ui.locator('[data-careside-row="1123581321345504"] [data-careside-read-state="media"]')).toHaveText(
    'sticker only',
  );
  await expect(ui.getByTestId('careside-read-count')).toContainText(/Read (\d+) of (\d+) comments/);
  const [, read, total] = (await ui.getByTestId('careside-read-count').textContent())!.match(/Read (\d+) of (\d+)/)!;
  expect(Number(total) - Number(read)).toBe(1);
  // The page badge says so too, and the detail view explains instead of guessing.
  await page.locator('[data-careside-id="1123581321345503"]').scrollIntoViewIfNeeded();
  await expectBadge(page, '1123581321345503', { text: "can't read", tone: 'unread' });
  await selectRow(page, '1123581321345503');
  await expect(ui.getByTestId('careside-read-state')).toContainText('couldn’t read its text');
  await expect(ui.getByTestId('careside-classification')).toHaveCount(0);
});
