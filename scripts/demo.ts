// `npm run demo`: builds CareSide and opens Chromium with it on the bundled replicas of X and Facebook,
// served at their real URLs with every other request blocked: no account, no network.
// With no display it runs headless and writes screenshots to a folder (`--screenshots DIR`).
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { REPLICA_PAGES } from '../tests/fixtures/routes';
import { launchWithExtension } from './lib/launch';
import { panelFrame } from '../tests/e2e/helpers';
import { practiceTour } from './lib/demo-practice';

function argValue(flag: string): string | undefined {
  const index = process.argv.indexOf(flag);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const screenshotDir = resolve(argValue('--screenshots') ?? 'demo-screenshots');
const DEMO_PAGES = ['x-status-it', 'x-mentions-en', 'facebook-post-it', 'facebook-post-en'];

console.log('Building the extension and the replica pages…');
execSync('npx wxt build', { stdio: 'inherit' });
execSync('npx tsx scripts/build-fixtures.ts', { stdio: 'inherit' });

/** Opens each replica and selects the first item of the queue (the most urgent), as a user would. */
async function tour(context: BrowserContext, suffix: string, handleOne = false) {
  let first = true;
  for (const replica of REPLICA_PAGES.filter((page) => DEMO_PAGES.includes(page.name))) {
    const page = first ? (context.pages()[0] ?? (await context.newPage())) : await context.newPage();
    first = false;
    await page.goto(replica.url);
    // The panel is CareSide's own page, framed on the site (docs/architecture.md).
    const ui = await panelFrame(page);
    const firstRow = ui.getByTestId('careside-queue').getByRole('option').first();
    await firstRow.waitFor({ timeout: 15_000 });
    await firstRow.click();
    await ui
      .getByTestId('careside-suggestions')
      .getByRole('button')
      .first()
      .click()
      .catch(() => {});
    await page.waitForTimeout(600);
    if (headless) {
      const file = `${screenshotDir}/${replica.name}-${suffix}.png`;
      await page.screenshot({ path: file });
      console.log(`  ${replica.name} (${suffix}): ${replica.url} → ${file}`);
    } else console.log(`  ${replica.name}: ${replica.url}`);
    if (handleOne && replica.name === 'x-mentions-en') {
      // Escalate this one: a follow-up (waiting on a department), the customer's history, the page's "waiting".
      await ui.getByTestId('careside-escalate').click();
      await ui.getByTestId('careside-confirm-escalate').click();
    } else if (handleOne) {
      // Handle the top item so the dashboard has something to show.
      await ui.getByTestId('careside-handled').click();
      await ui.getByTestId('careside-confirm-handled').click();
    }
  }
}

/** The escalated item comes back (the follow-up list, the reminder once the answer came); a customer's history. */
async function followUpsTour(context: BrowserContext) {
  const page = await context.newPage();
  await page.goto(REPLICA_PAGES.find((replica) => replica.name === 'x-mentions-en')!.url);
  const ui = await panelFrame(page);
  await ui.getByTestId('careside-followups-toggle').click();
  await ui.getByTestId('careside-followup-due').first().waitFor({ timeout: 15_000 });
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${screenshotDir}/x-mentions-en-followup.png` });
  console.log(`  x-mentions-en (the open follow-up) → ${screenshotDir}/x-mentions-en-followup.png`);
  // The department answered: closing the follow-up reminds the user to come back publicly.
  await ui.getByTestId('careside-followup-close').first().click();
  await page.waitForTimeout(600);
  await page.screenshot({ path: `${screenshotDir}/x-mentions-en-followup-closed.png` });
  console.log(`  x-mentions-en (answer came: come back publicly) → ${screenshotDir}/x-mentions-en-followup-closed.png`);
  // A customer who writes again: handle Luca's first mention, then his second shows his history.
  const luca = () => ui.getByTestId('careside-queue').getByRole('option', { name: /Luca Moretti/ });
  await luca().first().click();
  await ui.getByTestId('careside-handled').click();
  await ui.getByTestId('careside-confirm-handled').click();
  await page.waitForTimeout(600);
  await luca().first().click();
  await ui.locator('[data-testid="careside-history"][data-earlier="1"]').waitFor({ timeout: 15_000 });
  await ui.getByTestId('careside-history').scrollIntoViewIfNeeded();
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${screenshotDir}/x-mentions-en-history.png` });
  console.log(`  x-mentions-en (a returning customer's history) → ${screenshotDir}/x-mentions-en-history.png`);
  await page.close();
}

if (headless) mkdirSync(screenshotDir, { recursive: true });
const launched = await launchWithExtension({ headless, viewport: { width: 1440, height: 900 } });
await tour(launched.context, 'light', true);
if (headless) await followUpsTour(launched.context);
// The toolbar (and its badge) is not in a page screenshot: say what the badge shows instead, once the
// background has counted the last handled item (it counts when changes settle, after 250 ms).
await new Promise((settled) => setTimeout(settled, 800));
const alertBadge = await launched.serviceWorker.evaluate(async () => {
  const { action } = (globalThis as unknown as { chrome: { action: Record<string, (d: object) => Promise<string>> } })
    .chrome;
  return { text: await action.getBadgeText!({}), title: await action.getTitle!({}) };
});
console.log(`  toolbar badge: "${alertBadge.text}" (${alertBadge.title})`);
await practiceTour(launched.context, launched.extensionId, headless ? screenshotDir : undefined);
const dashboard = await launched.context.newPage();
await dashboard.goto(`chrome-extension://${launched.extensionId}/options.html#dashboard`);
await dashboard.waitForTimeout(1000);
if (headless) {
  await dashboard.screenshot({ path: `${screenshotDir}/dashboard.png`, fullPage: true });
  console.log(`  dashboard → ${screenshotDir}/dashboard.png`);
  // The follow-up list, where a click on an overdue follow-up's notification leads when its tab is closed.
  await dashboard.goto(`chrome-extension://${launched.extensionId}/options.html#followups`);
  await dashboard.waitForTimeout(600);
  await dashboard.screenshot({ path: `${screenshotDir}/followups.png`, fullPage: true });
  console.log(`  follow-ups → ${screenshotDir}/followups.png`);
}
const requests = launched.blocked.filter((request) => request.fromExtension).length;

if (!headless) {
  console.log(`\nChromium is open with CareSide on the replicas (network requests made by CareSide: ${requests}).`);
  console.log('Close the window to end the demo.');
  await new Promise((done) => launched.context.on('close', done));
} else {
  await launched.close();
  const dark = await launchWithExtension({ headless, colorScheme: 'dark', viewport: { width: 1440, height: 900 } });
  await tour(dark.context, 'dark');
  const total = requests + dark.blocked.filter((request) => request.fromExtension).length;
  await dark.close();
  console.log(`\nNetwork requests made by CareSide: ${total}`);
  console.log(`Screenshots written to ${screenshotDir}`);
}
