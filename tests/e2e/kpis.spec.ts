import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page, Worker } from '@playwright/test';
import { expect, test } from './fixtures';
import { handledItem } from '../integration/log-fixtures';
import { panelAxe, panelFrame, readTable, replicaUrl, selectRow } from './helpers';

const MARCO = '1860000000000000011'; // x-status-it, Marco Bianchi: billed twice
const SARA = '1860000000000000013'; // x-status-it, hacked account: escalated
const DAY_MS = 86_400_000;

const serious = (violations: { id: string; impact?: string | null; nodes: { target: unknown[] }[] }[]) =>
  violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

const pad = (n: number) => String(n).padStart(2, '0');
const localDay = (time: number) => {
  const date = new Date(time);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
};

/**
 * Puts handled rows straight into the background's IndexedDB, and marks the roll-ups as written by an older
 * version so the next stats query rebuilds them from the log (the path an upgraded install takes).
 */
function seedHandled(serviceWorker: Worker, rows: Record<string, unknown>[]) {
  return serviceWorker.evaluate(
    (seed) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('careside');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['handled', 'daily'], 'readwrite');
          for (const row of seed) tx.objectStore('handled').put(row);
          const cursor = tx.objectStore('daily').openCursor();
          cursor.onsuccess = () => {
            if (!cursor.result) return;
            cursor.result.update({ ...cursor.result.value, revision: 1 });
            cursor.result.continue();
          };
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
    rows,
  );
}

/** A stored handled row (the shared integration fixture plus what the background computes), answered in 10 minutes. */
function handledRow(itemId: string, at: number, fields: Record<string, unknown>) {
  const item = handledItem(itemId, {
    authorHandle: 'someone',
    permalink: `https://x.com/someone/status/${itemId}`,
    resolved: false,
    itemCreatedAt: at - 600_000,
    firstSeenAt: at - 600_000,
    actionAt: at,
  });
  return { ...item, updatedAt: at, responseSeconds: 600, businessResponseSeconds: 600, day: localDay(at), ...fields };
}

async function openDashboard(openOptions: (section: 'dashboard') => Promise<Page>) {
  const dashboard = await openOptions('dashboard');
  await dashboard.getByText('Last 30 days').click();
  await expect(dashboard.getByRole('radio', { name: 'Last 30 days' })).toBeChecked();
  return dashboard;
}

test('a satisfaction mark, a resolved item and a closed escalation show up in the KPI cards; FAQ export and template', async ({
  page,
  openOptions,
  serviceWorker,
}) => {
  await page.goto(replicaUrl('x-status-it'));
  const ui = await panelFrame(page);

  // Marco: handled as resolved, and the customer said they were satisfied.
  await selectRow(page, MARCO);
  await ui.getByTestId('careside-handled').click();
  const form = ui.getByTestId('careside-handled-form');
  await form.getByLabel('Problem resolved').check();
  const marks = form.getByRole('group', { name: 'Customer satisfaction (optional)' });
  await expect(marks.getByRole('radio', { name: 'Not recorded' })).toBeChecked();
  // Keyboard: the marks are one radio group.
  await marks.getByRole('radio', { name: 'Not recorded' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(marks.getByRole('radio', { name: 'Satisfied' })).toBeChecked();
  expect(serious((await (await panelAxe(page)).analyze()).violations)).toEqual([]);
  await ui.getByTestId('careside-confirm-handled').click();
  await ui.locator(`[data-careside-row="${MARCO}"]`).waitFor({ state: 'detached' });

  // Sara: escalated, and the department's answer comes back right away (well before it is due).
  await selectRow(page, SARA);
  await ui.getByTestId('careside-escalate').click();
  await ui.getByTestId('careside-department').selectOption('billing');
  await ui.getByTestId('careside-confirm-escalate').click();
  const followUps = await openOptions('followups' as 'dashboard');
  await followUps.getByRole('button', { name: /Answer came back for/ }).click();
  await expect(followUps.locator(`[data-careside-followup="${SARA}"]`)).toHaveCount(0);

  const handled = await readTable<{ itemId: string; authorHandle: string; satisfaction?: string }>(
    serviceWorker,
    'handled',
  );
  const marco = handled.find((row) => row.itemId === MARCO)!;
  expect(marco.satisfaction).toBe('satisfied');
  const now = Date.now();
  await seedHandled(serviceWorker, [
    // Marco wrote 40 days ago too: a returning customer in the last 30 days.
    handledRow('seed-old', now - 40 * DAY_MS, { authorHandle: marco.authorHandle, category: 'complaint' }),
    // Recurring questions of the period (one with a topic that reads like a formula).
    handledRow('seed-q1', now - 2 * DAY_MS, { authorHandle: 'anna' }),
    handledRow('seed-q2', now - 3 * DAY_MS, { authorHandle: 'bruno' }),
    handledRow('seed-q3', now - 3 * DAY_MS, { authorHandle: 'carla', topics: ['=HYPERLINK("x")'] }),
  ]);

  const dashboard = await openDashboard(openOptions);
  const card = (name: string) => dashboard.getByTestId(`card-${name}`);
  // Marco (resolved) and Sara (escalation closed).
  await expect(card('resolved-value')).toHaveText('2');
  await expect(card('resolved')).toContainText('median time to resolution');
  await expect(card('followups-on-time-value')).toHaveText('100%');
  await expect(card('followups-on-time')).toContainText('1 of 1 closed by their due time');
  // Marco, Sara, anna, bruno, carla: only Marco came back.
  await expect(card('returning-value')).toHaveText('20%');
  await expect(card('returning')).toContainText('1 of 5 customers came back');
  await expect(card('satisfaction-value')).toHaveText('100%');
  await expect(card('satisfaction')).toContainText('1 marks: 1 satisfied · 0 neutral · 0 unhappy');
  expect(serious((await new AxeBuilder({ page: dashboard }).analyze()).violations)).toEqual([]);

  const faq = dashboard.getByTestId('faq-candidates');
  await expect(faq.getByRole('row')).toHaveCount(3);
  const [download] = await Promise.all([
    dashboard.waitForEvent('download'),
    dashboard.getByRole('button', { name: 'Export FAQ candidates (CSV)' }).click(),
  ]);
  const csv = readFileSync(await download.path(), 'utf8');
  expect(csv).toBe('\uFEFFtopic,questions\r\ndelivery,2\r\n"\'=HYPERLINK(""x"")",1\r\n');

  // "Make a template", by keyboard: the template manager opens a new question template for the topic.
  await faq.getByRole('link', { name: 'Make a template for “delivery”' }).focus();
  await dashboard.keyboard.press('Enter');
  const editor = dashboard.getByTestId('template-editor');
  await expect(editor.getByLabel('Title')).toHaveValue('Delivery');
  await expect(editor.getByLabel('Category')).toHaveValue('question');
  await expect(editor.getByRole('checkbox', { name: 'Delivery' })).toBeChecked();
  expect(new URL(dashboard.url()).hash).toBe('#templates');
});

test.describe('in Italian', () => {
  test.use({ uiLocale: 'it-IT' });

  test('the KPI cards say "—" with nothing to count', async ({ openOptions }) => {
    const dashboard = await openOptions('dashboard');
    await expect(dashboard.getByTestId('card-resolved-value')).toHaveText('0');
    await expect(dashboard.getByTestId('card-followups-on-time-value')).toHaveText('—');
    await expect(dashboard.getByTestId('card-satisfaction')).toContainText('Clienti soddisfatti');
    await expect(dashboard.getByTestId('card-returning')).toContainText('0 su 0 clienti sono tornati');
  });
});
