import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_PATH } from '../../scripts/lib/launch';
import { REPLICA_PAGES } from '../fixtures/routes';
import { expect, test } from './fixtures';

const xStatus = REPLICA_PAGES.find((page) => page.name === 'x-status-it')!;
const fbPost = REPLICA_PAGES.find((page) => page.name === 'facebook-post-en')!;

test('the extension draws its panel and marks items on the X replica', async ({ page }) => {
  await page.goto(xStatus.url);
  const panel = page.getByTestId('careside-panel');
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('CareSide · X');
  // Only the content script writes these attributes into the site's DOM.
  await expect(page.locator('article[data-careside-id]').first()).toBeAttached();
  await expect(page.getByTestId('careside-queue').getByRole('option').first()).toBeVisible();
});

test('the panel collapses to a slim tab and reopens', async ({ page }) => {
  await page.goto(fbPost.url);
  await page.getByTestId('careside-collapse').click();
  await expect(page.getByTestId('careside-panel')).toBeHidden();
  await page.getByTestId('careside-tab').click();
  await expect(page.getByTestId('careside-panel')).toBeVisible();
});

test('items that reach the queue are written to the background database', async ({ page, serviceWorker }) => {
  await page.goto(fbPost.url);
  await expect(page.getByTestId('careside-queue').getByRole('option').first()).toBeVisible();
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

test('the content scripts carry no polyfills that patch built-ins (they would slow the site itself down)', async () => {
  // core-js (pulled in by twitter-text) redefines RegExp/Array built-ins when it loads; in a content
  // script that switches off V8's fast paths for the whole page: X's own regexp work ran 7x slower.
  const scripts = readdirSync(join(EXTENSION_PATH, 'content-scripts')).filter((file) => file.endsWith('.js'));
  // Loaders and the module bundles they import (compiled off the page's main thread): both are checked.
  expect(scripts.filter((file) => file.endsWith('.module.js')).length).toBeGreaterThanOrEqual(2);
  for (const file of scripts) {
    const code = readFileSync(join(EXTENSION_PATH, 'content-scripts', file), 'utf8');
    expect(code, file).not.toContain('__core-js_shared__');
  }
});

test('each content script module is one file that hands the page a task turn while it starts', async () => {
  const folder = join(EXTENSION_PATH, 'content-scripts');
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.module.js'))) {
    const code = readFileSync(join(folder, file), 'utf8');
    // lib/content/yield-to-page.ts, minified: evaluation stops once, at the top level, for one task,
    // after Zod and the settings, before the runtime and React (import order in start-careside.ts).
    const pauses = [...code.matchAll(/await new Promise\(\(?(\w+)\)?=>setTimeout\(\1,0\)\)/g)];
    expect(pauses, file).toHaveLength(1);
    const pause = pauses[0]!.index;
    expect(code.indexOf('ZodObject'), file).toBeGreaterThan(-1);
    expect(code.indexOf('ZodObject'), file).toBeLessThan(pause);
    expect(code.indexOf('data-careside-style'), file).toBeGreaterThan(pause);
    expect(code.indexOf('react.transitional.element'), file).toBeGreaterThan(pause);
    // No import of other files: Chrome refuses them when modules are only reachable by per-session URLs.
    expect(code, file).not.toMatch(/\bimport\s*\(|\bfrom\s*["'`]\.{1,2}\//);
  }
});
