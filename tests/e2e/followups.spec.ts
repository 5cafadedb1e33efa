import AxeBuilder from '@axe-core/playwright';
import type { Page, Worker } from '@playwright/test';
import { expect, test } from './fixtures';
import { handleItem, panelAxe, panelFrame, readTable, replicaUrl, selectRow } from './helpers';

const SARA = '1860000000000000013'; // x-status-it, hacked account: escalated to technical support
const LUCA_FIRST = '1860000000000000101'; // x-mentions-en, Luca Moretti: parcel never arrived
const LUCA_AGAIN = '1860000000000000106'; // x-mentions-en, Luca Moretti again: "ancora niente…"
const SHOTS = process.env.CARESIDE_SHOTS ?? '/tmp/pw-followups-shots';
const HOUR = 3_600_000;

interface FollowUp {
  itemId: string;
  since: number;
  dueAt: number;
  status: string;
  waitingOn: { kind: string; department?: string };
}

/**
 * Axe over the panel: every finding except the two about a whole page (a main landmark, an h1), which a side
 * panel in a frame is not. Stricter than the other panel specs, which keep serious and critical ones only.
 */
async function axeFindings(page: Page) {
  const results = await (await panelAxe(page)).analyze();
  return results.violations
    .filter((v) => v.id !== 'landmark-one-main' && v.id !== 'page-has-heading-one')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Moves a follow-up's due time into the past, straight in the background's IndexedDB (no waiting a day). */
function makeOverdue(serviceWorker: Worker, itemId: string) {
  return serviceWorker.evaluate(
    (id) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('careside');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const store = open.result.transaction('followups', 'readwrite').objectStore('followups');
          const get = store.get(['x', id]);
          get.onsuccess = () => {
            const put = store.put({ ...get.result, dueAt: Date.now() - 60_000 });
            put.onsuccess = () => resolve();
            put.onerror = () => reject(put.error);
          };
        };
      }),
    itemId,
  );
}

test('escalating opens a follow-up with its due time; "answer came back" reminds to come back publicly with the template', async ({
  page,
  serviceWorker,
  openOptions,
}) => {
  await page.goto(replicaUrl('x-status-it'));
  const ui = await panelFrame(page);
  await selectRow(page, SARA);
  await ui.getByTestId('careside-panel').focus();
  await page.keyboard.press('e');
  await ui.getByTestId('careside-department').selectOption('technical');
  await ui.getByTestId('careside-confirm-escalate').click();
  await expect(ui.locator(`[data-careside-row="${SARA}"]`)).toHaveCount(0);

  // The background opened the follow-up, due after the department's answer time (default 24 h).
  await expect.poll(async () => (await readTable<FollowUp>(serviceWorker, 'followups')).length).toBe(1);
  const [stored] = await readTable<FollowUp>(serviceWorker, 'followups');
  expect(stored).toMatchObject({
    itemId: SARA,
    status: 'open',
    waitingOn: { kind: 'department', department: 'technical' },
  });
  expect(stored!.dueAt - stored!.since).toBe(24 * HOUR);

  // The panel's list, reached from the keyboard: Tab to the toggle, Enter.
  const toggle = ui.getByTestId('careside-followups-toggle');
  await expect(toggle).toContainText('Follow-ups 1');
  await toggle.focus();
  await page.keyboard.press('Enter');
  const row = ui.locator(`[data-careside-followup="${SARA}"]`);
  await expect(row).toHaveAttribute('data-due-at', String(stored!.dueAt));
  await expect(row).toHaveAttribute('data-due-state', 'later');
  await expect(row).toContainText('waiting on Technical support since');
  await expect(row.getByTestId('careside-followup-due')).toHaveText(/^due \w{3} \d{1,2} \w{3}, \d{2}:\d{2}$/);
  await page.screenshot({ path: `${SHOTS}/followup-list.png` });
  expect(await axeFindings(page)).toEqual([]);

  // The options page lists it too.
  const options = await openOptions('followups' as 'dashboard');
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
  await page.screenshot({ path: `${SHOTS}/followup-closed-reminder.png` });
  expect(await axeFindings(page)).toEqual([]);

  // It goes into the site's reply box; the user presses Send.
  await ui.getByTestId('careside-closing-insert').click();
  await expect(reminder).toContainText('Inserted');
  await expect.poll(async () => (await readTable<FollowUp>(serviceWorker, 'followups'))[0]?.status).toBe('closed');
});

test('an overdue follow-up is urgent again: back in the urgent tab and counted', async ({ page, serviceWorker }) => {
  await page.goto(replicaUrl('x-status-it'));
  let ui = await panelFrame(page);
  await selectRow(page, SARA);
  await ui.getByTestId('careside-escalate').click();
  await ui.getByTestId('careside-confirm-escalate').click();
  await expect.poll(async () => (await readTable<FollowUp>(serviceWorker, 'followups')).length).toBe(1);
  await makeOverdue(serviceWorker, SARA);

  await page.reload();
  ui = await panelFrame(page);
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
  await expect(history.locator(`[data-history-item="${LUCA_FIRST}"]`)).toContainText('replied in public');
  await expect(history).toContainText('first contact');
  await page.screenshot({ path: `${SHOTS}/customer-history.png` });
  expect(await axeFindings(page)).toEqual([]);
});

test.describe('in Italian', () => {
  test.use({ uiLocale: 'it-IT' });

  test('the options page lists follow-ups by due time and closing offers the Italian reply', async ({
    page,
    openOptions,
  }) => {
    await page.goto(replicaUrl('x-status-it'));
    const ui = await panelFrame(page);
    await selectRow(page, SARA);
    await ui.getByTestId('careside-escalate').click();
    await ui.getByTestId('careside-department').selectOption('billing');
    await ui.getByTestId('careside-confirm-escalate').click();
    await expect(ui.getByTestId('careside-followups-toggle')).toContainText('Da riprendere 1');

    const options = await openOptions('followups' as 'dashboard');
    const row = options.locator(`[data-careside-followup="${SARA}"]`);
    await expect(row).toContainText('in attesa di Billing da');
    await expect(row.getByTestId('careside-followup-due')).toHaveText(/^scade /);
    const results = await new AxeBuilder({ page: options }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await row.getByRole('button', { name: /Risposta arrivata per/ }).click();
    await expect(options.getByTestId('careside-closing-reminder')).toContainText('Torna a rispondere in pubblico');
    await expect(options.getByTestId('careside-closing-reply')).toHaveValue(/il problema è risolto/);
    await expect(row).toHaveCount(0);
    await options.getByLabel('Mostra chiusi').check();
    await expect(row).toHaveAttribute('data-due-state', 'closed');
    await options.screenshot({ path: `${SHOTS}/followups-options-it.png`, fullPage: true });
  });
});
