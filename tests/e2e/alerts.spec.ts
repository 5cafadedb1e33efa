import AxeBuilder from '@axe-core/playwright';
import type { Page, Worker } from '@playwright/test';
import { expect, test } from './fixtures';
import { REPLICA_SPECS } from '../fixtures/routes';
import { handleItem, makeOverdue, panelFrame, readTable, replicaUrl, selectRow } from './helpers';

const SARA = '1860000000000000013'; // x-status-it, hacked account: escalated to technical support

/** The panel's own count of urgent open items (the number on its "Urgent" tab), once its queue is in. */
async function panelUrgentCount(page: Page): Promise<number> {
  const ui = await panelFrame(page);
  await ui.getByTestId('careside-queue').getByRole('option').first().waitFor({ timeout: 15_000 });
  const text = await ui.getByTestId('careside-tab-urgent').locator('span').textContent();
  return Number(text);
}

/** The parts of the extension API these tests use in the service worker (the test's types have no `chrome`). */
interface Api {
  action: {
    getBadgeText(details: object): Promise<string>;
    getTitle(details: object): Promise<string>;
    getBadgeBackgroundColor(details: object): Promise<number[]>;
  };
  notifications: {
    create(id: string, options: { title: string; message: string }): Promise<string>;
    getAll(): Promise<Record<string, boolean>>;
  };
}

const badge = (serviceWorker: Worker) =>
  serviceWorker.evaluate(() => (globalThis as unknown as { chrome: Api }).chrome.action.getBadgeText({}));
const title = (serviceWorker: Worker) =>
  serviceWorker.evaluate(() => (globalThis as unknown as { chrome: Api }).chrome.action.getTitle({}));

/** Records every notification the background creates (the OS shows nothing in a headless browser). */
function recordNotifications(serviceWorker: Worker) {
  return serviceWorker.evaluate(() => {
    const scope = self as unknown as { created: { id: string; title: string; message: string }[] };
    scope.created = [];
    const notifications = (globalThis as unknown as { chrome: Api }).chrome.notifications;
    const original = notifications.create.bind(notifications);
    notifications.create = (id, options) => {
      scope.created.push({ id, title: options.title, message: options.message });
      return original(id, options);
    };
  });
}
const created = (serviceWorker: Worker) =>
  serviceWorker.evaluate(
    () => (self as unknown as { created: { id: string; title: string; message: string }[] }).created,
  );

async function enableNotifications(openOptions: (section: 'settings') => Promise<Page>, axe = false) {
  const options = await openOptions('settings');
  const toggle = options.getByLabel(/Desktop notification for a new urgent item/);
  await expect(toggle).not.toBeChecked();
  if (axe) {
    const results = await new AxeBuilder({ page: options })
      .include('section[aria-labelledby="alerts-title"]')
      .analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  }
  await toggle.check();
  await options.getByRole('button', { name: 'Save settings' }).click();
  await expect(options.getByTestId('settings-status')).toContainText('Saved');
  await options.close();
}

/** The notifications the browser lists as shown. */
const listed = (serviceWorker: Worker) =>
  serviceWorker.evaluate(async () =>
    Object.keys(await (globalThis as unknown as { chrome: Api }).chrome.notifications.getAll()).sort(),
  );

test('the toolbar badge counts urgent items across an X tab and a Facebook tab, and follows handling and closing', async ({
  context,
  page,
  serviceWorker,
}) => {
  await page.goto(replicaUrl('x-status-it'));
  const facebook = await context.newPage();
  await facebook.goto(replicaUrl('facebook-post-en'));
  const xUrgent = await panelUrgentCount(page);
  const fbUrgent = await panelUrgentCount(facebook);
  expect(xUrgent).toBeGreaterThan(0);
  expect(fbUrgent).toBeGreaterThan(0);

  await expect.poll(() => badge(serviceWorker)).toBe(String(xUrgent + fbUrgent));
  expect(await title(serviceWorker)).toBe(`CareSide: ${xUrgent + fbUrgent} urgent`);
  expect(
    await serviceWorker.evaluate(() =>
      (globalThis as unknown as { chrome: Api }).chrome.action.getBadgeBackgroundColor({}),
    ),
  ).toEqual([180, 35, 24, 255]);

  // Handling an urgent item in the X panel takes it off the count.
  await page.bringToFront();
  const ui = await panelFrame(page);
  await ui.getByTestId('careside-tab-urgent').click();
  const first = await ui.getByTestId('careside-queue').getByRole('option').first().getAttribute('data-careside-row');
  await handleItem(page, first!);
  await expect.poll(() => badge(serviceWorker)).toBe(String(xUrgent - 1 + fbUrgent));

  // Closing the Facebook tab takes its items off; nothing urgent left clears the badge.
  await facebook.close();
  await expect.poll(() => badge(serviceWorker)).toBe(xUrgent - 1 > 0 ? String(xUrgent - 1) : '');
  await page.close();
  await expect.poll(() => badge(serviceWorker)).toBe('');
  expect(await title(serviceWorker)).toBe('CareSide: nothing urgent in open tabs');
});

test('with notifications on, a new urgent item is announced once, without its text; items already counted are not', async ({
  context,
  page,
  serviceWorker,
  openOptions,
}) => {
  await recordNotifications(serviceWorker);
  await page.goto(replicaUrl('x-status-it'));
  const before = await panelUrgentCount(page);
  await expect.poll(() => badge(serviceWorker)).toBe(String(before));
  expect(await created(serviceWorker)).toEqual([]); // off by default

  await enableNotifications(openOptions, true);
  await page.waitForTimeout(1000);
  expect(await created(serviceWorker)).toEqual([]); // what was already counted is not new

  const mentions = await context.newPage();
  await mentions.goto(replicaUrl('x-mentions-en'));
  const urgentHere = await panelUrgentCount(mentions);
  await expect.poll(async () => (await created(serviceWorker)).length).toBeGreaterThan(0);
  // The page reads its items in slices: a second urgent one may be counted (and announced) a moment later.
  // Take the list once it holds still for a second.
  let shown = await created(serviceWorker);
  await expect
    .poll(
      async () => {
        const now = await created(serviceWorker);
        const settled = now.length === shown.length;
        shown = now;
        return settled;
      },
      { intervals: [1000] },
    )
    .toBe(true);
  expect(shown.length).toBeLessThanOrEqual(Math.min(3, urgentHere));
  // The browser did create them (not only the call): they are listed as shown.
  await expect.poll(() => listed(serviceWorker)).toEqual(shown.map((notification) => notification.id).sort());
  const ui = await panelFrame(mentions);
  const expected = REPLICA_SPECS.find((spec) => spec.name === 'x-mentions-en')!.expected;
  for (const notification of shown) {
    expect(notification.id).toMatch(/^careside\|item\|\d+\|x\|\d+$/);
    expect(notification.title).toMatch(/^Urgent (complaint|question|praise|other|troll|spam) on X(: .+)?$/);
    expect(notification.message).toBe('Click to open it in CareSide.');
    // The item it announces is in this tab's queue, and neither its text nor its author is in the notification.
    const itemId = notification.id.split('|')[4]!;
    const row = ui.locator(`[data-careside-row="${itemId}"]`);
    await expect(row).toHaveCount(1);
    const item = expected.find((candidate) => candidate.id === itemId)!;
    const said = `${notification.title} ${notification.message}`;
    expect(said).not.toContain(item.authorName);
    expect(said).not.toContain(item.authorHandle);
    expect(said).not.toContain(item.text.slice(0, 20));
  }

  // A reload reads the same items again: no second notification.
  const count = shown.length;
  await mentions.reload();
  await panelUrgentCount(mentions);
  await mentions.waitForTimeout(1500);
  expect(await created(serviceWorker)).toHaveLength(count);

  // Handling an announced item withdraws its notification.
  const [handled, ...rest] = shown.map((notification) => notification.id);
  await handleItem(mentions, handled!.split('|')[4]!);
  await expect.poll(() => listed(serviceWorker)).toEqual(rest.sort());
});

test('an overdue follow-up is counted on the badge and announced; with its tab closed it stays counted', async ({
  page,
  serviceWorker,
  openOptions,
}) => {
  await recordNotifications(serviceWorker);
  await enableNotifications(openOptions);
  await page.goto(replicaUrl('x-status-it'));
  const urgent = await panelUrgentCount(page);
  await expect.poll(() => badge(serviceWorker)).toBe(String(urgent));

  const ui = await panelFrame(page);
  await selectRow(page, SARA);
  await ui.getByTestId('careside-escalate').click();
  await ui.getByTestId('careside-department').selectOption('technical');
  await ui.getByTestId('careside-confirm-escalate').click();
  await expect.poll(async () => (await readTable(serviceWorker, 'followups')).length).toBe(1);
  await expect.poll(() => badge(serviceWorker)).toBe(String(urgent - 1)); // escalated: handled for now
  await makeOverdue(serviceWorker, SARA);

  // The next count (here: the reload's queue) finds it overdue; the panel shows it as urgent again.
  await page.reload();
  expect(await panelUrgentCount(page)).toBe(urgent);
  await expect.poll(() => badge(serviceWorker)).toBe(String(urgent));
  expect(await title(serviceWorker)).toBe(`CareSide: ${urgent - 1} urgent, 1 follow-up overdue`);
  await expect
    .poll(async () => (await created(serviceWorker)).filter((n) => n.id.startsWith('careside|followup|')))
    .toEqual([
      {
        id: `careside|followup|x|${SARA}`,
        title: 'Follow-up overdue on X',
        message: 'Still waiting on Technical support. Click to see it.',
      },
    ]);

  await page.close();
  await expect.poll(() => badge(serviceWorker)).toBe('1');
  expect(await title(serviceWorker)).toBe('CareSide: 1 follow-up overdue');
});

test.describe('in Italian', () => {
  test.use({ uiLocale: 'it-IT' });

  test('the badge’s tooltip and the notifications setting in Italian', async ({ page, serviceWorker, openOptions }) => {
    await page.goto(replicaUrl('x-status-it'));
    const urgent = await panelUrgentCount(page);
    await expect.poll(() => badge(serviceWorker)).toBe(String(urgent));
    expect(await title(serviceWorker)).toBe(`CareSide: ${urgent} ${urgent === 1 ? 'urgente' : 'urgenti'}`);
    const options = await openOptions('settings');
    await expect(options.getByRole('heading', { name: 'Avvisi' })).toBeVisible();
    await expect(options.getByLabel(/^Notifica sul desktop per un nuovo elemento urgente/)).not.toBeChecked();
  });
});
