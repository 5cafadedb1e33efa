import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  escalateItem,
  expectAxeClean,
  handleItem,
  panelAxe,
  panelFrame,
  makeOverdue,
  readTable,
  replicaUrl,
  selectRow,
} from './helpers';

const SARA = '1860000000000000013'; // x-status-it, hacked account: escalated to technical support
const LUCA_FIRST = '1860000000000000101'; // x-mentions-en, Luca Moretti: parcel never arrived
const LUCA_AGAIN = '1860000000000000106'; // x-mentions-en, Luca Moretti again: "ancora niente…"
const SHOTS = process.env.CARESIDE_SHOTS ?? '/tmp/pw-followups-shots';
const HOUR = 3_600_000;

/** A follow-up as stored: the wait only; who, where and the due time are derived when listed. */
interface FollowUp {
  itemId: string;
  since: number;
  status: string;
  closedAt?: number;
  waitingOn: { kind: string; department?: string };
}

/** Axe over the panel, every finding except the two about a whole page (a main landmark, an h1), which a side panel is not. */
const expectPanelAxeClean = async (page: Page) =>
  expectAxeClean(await panelAxe(page), { ignore: ['landmark-one-main', 'page-has-heading-one'] });

test('escalating opens a follow-up with its due time; "answer came back" reminds to come back publicly with the template', async ({
  page,
  serviceWorker,
  openOptions,
}) => {
  await page.goto(replicaUrl('x-status-it'));
  const ui = await panelFrame(page);
  await escalateItem(page, SARA, 'technical');

  // The background opened the follow-up: the wait only, the due time is computed when listed.
  await expect.poll(async () => (await readTable<FollowUp>(serviceWorker, 'followups')).length).toBe(1);
  const [stored] = await readTable<FollowUp>(serviceWorker, 'followups');
  expect(stored).toEqual({
    platform: 'x',
    itemId: SARA,
    status: 'open',
    since: expect.any(Number),
    waitingOn: { kind: 'department', department: 'technical' },
  });

  // The panel's list, reached from the keyboard: Tab to the toggle, Enter.
  const toggle = ui.getByTestId('careside-followups-toggle');
  await expect(toggle).toContainText('Follow-ups 1');
  await toggle.focus();
  await page.keyboard.press('Enter');
  const row = ui.locator(`[data-careside-followup="${SARA}"]`);
  // Due after the department's answer time (default 24 h).
  await expect(row).toHaveAttribute('data-due-at', String(stored!.since + 24 * HOUR));
  await expect(row).toHaveAttribute('data-due-state', 'later');
  await expect(row).toContainText('waiting on Technical support since');
  await expect(row.getByTestId('careside-followup-due')).toHaveText(/^due \w{3} \d{1,2} \w{3}, \d{2}:\d{2}$/);
  await page.screenshot({ path: `${SHOTS}/followup-list.png` });
  await expectPanelAxeClean(page);

  // The options page lists it too.
  const options = await openOptions('followups');
  await expect(options.locator(`[data-careside-followup="${SARA}"]`)).toContainText('Technical support');
  await options.close();

  // The answer came back: the reminder and the closing template, in the customer's language.
  await row.getByTestId('careside-followup-close').click();
  const reminder = ui.getByTestId('careside-closing-reminder');
  await expect(reminder).toContainText('Come back publicly');
  const reply = ui.getByTestId('careside-closing-reply');
  await expect(reply).toHaveAttribute('data-template-id', 'default-complaint-solved-follow-up');
  await expect(reply).toHaveValue(/il problema è risolto/);
  await expect(ui.locator(`[data-careside-followup="${SARA}"]`)).toHaveCount(0);
  await expect.poll(async () => (await readTable<FollowUp>(serviceWorker, 'followups'))[0]?.status).toBe('closed');
  await page.screenshot({ path: `${SHOTS}/followup-closed-reminder.png` });
  await expectPanelAxeClean(page);

  // It goes into the site's reply box; the user presses Send.
  await ui.getByTestId('careside-closing-insert').click();
  await expect(reminder).toContainText('Inserted');
  const dialog = page.locator('[role="dialog"]');
  await expect(dialog.locator(`[data-replica-reply-target="${SARA}"]`)).toBeAttached();
  await expect(dialog.getByTestId('tweetTextarea_0')).toContainText('il problema è risolto');
  expect(await page.evaluate(() => document.body.dataset.xPosted)).toBeUndefined();
});

test('an overdue follow-up is urgent again: back in the urgent tab and counted', async ({ page, serviceWorker }) => {
  await page.goto(replicaUrl('x-status-it'));
  await escalateItem(page, SARA);
  await expect.poll(async () => (await readTable<FollowUp>(serviceWorker, 'followups')).length).toBe(1);
  await makeOverdue(serviceWorker, SARA);

  await page.reload();
  const ui = await panelFrame(page);
  await expect(ui.getByTestId('careside-followups-toggle')).toContainText('1 overdue');
  await ui.getByTestId('careside-tab-urgent').click();
  await expect(ui.locator(`[data-careside-row="${SARA}"]`)).toBeVisible();
  await ui.getByTestId('careside-followups-toggle').click();
  await expect(ui.locator(`[data-careside-followup="${SARA}"]`)).toHaveAttribute('data-due-state', 'overdue');
  await expect(ui.locator(`[data-careside-followup="${SARA}"]`)).toContainText('Overdue');
  await page.screenshot({ path: `${SHOTS}/followup-overdue.png` });
});

test('an author seen before shows "returning customer" on the row and the history in the detail', async ({ page }) => {
  await page.goto(replicaUrl('x-mentions-en'));
  const ui = await panelFrame(page);
  await handleItem(page, LUCA_FIRST);

  const again = ui.locator(`[data-careside-row="${LUCA_AGAIN}"]`);
  await expect(again.locator('[data-careside-marks]')).toContainText('returning customer');
  await selectRow(page, LUCA_AGAIN);
  const history = ui.getByTestId('careside-history');
  await expect(history).toHaveAttribute('data-earlier', '1');
  await expect(history).toContainText('1 earlier item(s) · 0 escalated');
  await expect(history.locator(`[data-history-item="${LUCA_FIRST}"]`)).toContainText('Replied publicly');
  await expect(history).toContainText('first contact');
  await page.screenshot({ path: `${SHOTS}/customer-history.png` });
  await expectPanelAxeClean(page);
});

test.describe('in Italian', () => {
  test.use({ uiLocale: 'it-IT' });

  test('the options page lists follow-ups by due time and closing offers the Italian reply', async ({
    page,
    openOptions,
  }) => {
    await page.goto(replicaUrl('x-status-it'));
    await escalateItem(page, SARA, 'billing');
    const ui = await panelFrame(page);
    await expect(ui.getByTestId('careside-followups-toggle')).toContainText('Da riprendere 1');

    const options = await openOptions('followups');
    const row = options.locator(`[data-careside-followup="${SARA}"]`);
    await expect(row).toContainText('in attesa di Billing da');
    await expect(row.getByTestId('careside-followup-due')).toHaveText(/^scade /);
    await expectAxeClean(options);
    await row.getByRole('button', { name: /Risposta arrivata per/ }).click();
    await expect(options.getByTestId('careside-closing-reminder')).toContainText('Torna a rispondere in pubblico');
    await expect(options.getByTestId('careside-closing-reply')).toHaveValue(/il problema è risolto/);
    await expect(row).toHaveCount(0);
    await options.getByLabel('Mostra chiusi').check();
    await expect(row).toHaveAttribute('data-due-state', 'closed');
    await options.screenshot({ path: `${SHOTS}/followups-options-it.png`, fullPage: true });
  });
});
