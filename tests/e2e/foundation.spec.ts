import { gzipSync } from 'node:zlib';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_PATH } from '../../scripts/lib/launch';
import { REPLICA_PAGES } from '../fixtures/routes';
import { expect, test } from './fixtures';
import { panelFrame } from './helpers';

const xStatus = REPLICA_PAGES.find((page) => page.name === 'x-status-it')!;
const fbPost = REPLICA_PAGES.find((page) => page.name === 'facebook-post-en')!;

test('the extension draws its panel and marks items on the X replica', async ({ page }) => {
  await page.goto(xStatus.url);
  const ui = await panelFrame(page);
  const panel = ui.getByTestId('careside-panel');
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('CareSide · X');
  // Only the content script writes these attributes into the site's DOM.
  await expect(page.locator('article[data-careside-id]').first()).toBeAttached();
  await expect(ui.getByTestId('careside-queue').getByRole('option').first()).toBeVisible();
});

test('the panel collapses to a slim tab and reopens', async ({ page }) => {
  await page.goto(fbPost.url);
  const ui = await panelFrame(page);
  await ui.getByTestId('careside-collapse').click();
  await expect(ui.getByTestId('careside-panel')).toBeHidden();
  await ui.getByTestId('careside-tab').click();
  await expect(ui.getByTestId('careside-panel')).toBeVisible();
});

test('items that reach the queue are written to the background database', async ({ page, serviceWorker }) => {
  await page.goto(fbPost.url);
  await expect((await panelFrame(page)).getByTestId('careside-queue').getByRole('option').first()).toBeVisible();
  await expect
    .poll(
      () =>
        serviceWorker.evaluate(
          () =>
            new Promise<number>((resolve, reject) => {
              const open = indexedDB.open('careside');
              open.onerror = () => reject(open.error);
              open.onsuccess = () => {
                const db = open.result;
                const count = db.transaction('seen').objectStore('seen').count();
                count.onsuccess = () => resolve(count.result);
              };
            }),
        ),
      { timeout: 15_000 },
    )
    .toBeGreaterThan(3);
});

test('the options page answers through the background', async ({ openOptions }) => {
  const options = await openOptions('dashboard');
  await expect(options.getByTestId('status')).toContainText('CareSide 0.1.0');
});

test('the page scripts hold only what touches the page: small, no React, no Zod, no classifier, no polyfills', async () => {
  const folder = join(EXTENSION_PATH, 'content-scripts');
  const scripts = readdirSync(folder).filter((file) => file.endsWith('.js'));
  expect(scripts.sort()).toEqual(['facebook.js', 'x.js']);
  for (const file of scripts) {
    const code = readFileSync(join(folder, file));
    // Issue #17: at most 60 KB gzipped; the panel (React) and the classifier (weights, Zod) run elsewhere.
    expect(gzipSync(code).length / 1024, file).toBeLessThanOrEqual(60);
    const text = code.toString('utf8');
    expect(text.includes('react.transitional.element'), `${file}: React`).toBe(false);
    expect(text.includes('ZodObject'), `${file}: Zod`).toBe(false);
    // core-js (pulled in by twitter-text) patches built-ins and would slow the site's own regexps down.
    expect(text.includes('__core-js_shared__'), `${file}: core-js`).toBe(false);
  }
});

test('the manifest asks only for permissions a feature uses', async () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_PATH, 'manifest.json'), 'utf8'));
  // storage: settings, the panel's layout and the data revision that keeps views fresh (browser.storage).
  // notifications: the optional desktop alert for a new urgent item or an overdue follow-up (lib/background/alerts.ts).
  const features: Record<string, string> = {
    storage: 'settings, panel layout, data revision',
    notifications: 'desktop alerts (off by default, Settings → Alerts)',
  };
  expect(manifest.permissions.sort()).toEqual(Object.keys(features).sort());
  // The page scripts run by their matches; the background fetches only the extension's own files.
  expect(manifest.host_permissions ?? []).toEqual([]);
  expect(manifest.optional_permissions ?? []).toEqual([]);
  // Only the panel page is reachable from the sites, at a per-session URL.
  expect(manifest.web_accessible_resources).toEqual([
    expect.objectContaining({ resources: ['panel.html'], use_dynamic_url: true }),
  ]);
});
