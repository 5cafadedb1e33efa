/**
 * The network guard itself: a build whose content script makes a request, and a service worker that makes
 * one, are both caught, while the site's own requests are not blamed on CareSide. This spec launches its
 * own browser with a tampered copy of the extension, so it uses Playwright's plain test, not the fixtures
 * (whose guard would, rightly, fail it).
 */
import { cpSync, mkdtempSync, appendFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { EXTENSION_PATH, launchWithExtension } from '../../scripts/lib/launch';
import { resolveReplica } from '../fixtures/routes';
import { replicaUrl } from './helpers';

const FROM_CONTENT = 'https://guard-selftest.invalid/from-content-script';
const FROM_WORKER = 'https://guard-selftest.invalid/from-service-worker';
const FROM_SITE = 'https://guard-selftest.invalid/from-the-site';

test('the guard catches a request from the content script and from the service worker', async () => {
  const copy = mkdtempSync(join(tmpdir(), 'careside-tampered-'));
  cpSync(EXTENSION_PATH, copy, { recursive: true });
  // What a regression would look like: the page script reaches the network.
  appendFileSync(join(copy, 'content-scripts/x.js'), `\n;fetch(${JSON.stringify(FROM_CONTENT)}).catch(() => {});\n`);
  const launched = await launchWithExtension({ extensionPath: copy, networkGuard: true });
  try {
    const page = launched.context.pages()[0] ?? (await launched.context.newPage());
    await page.goto(replicaUrl('x-status-it'));
    await launched.serviceWorker.evaluate((url) => fetch(url).catch(() => undefined), FROM_WORKER);
    await page.evaluate((url) => fetch(url).catch(() => undefined), FROM_SITE);
    const network = launched.network!;
    await expect
      .poll(() => network.violations((url) => resolveReplica(url) !== null).map((request) => request.url))
      .toEqual(expect.arrayContaining([FROM_CONTENT, FROM_WORKER]));
    const violations = network.violations((url) => resolveReplica(url) !== null);
    expect(violations.find((request) => request.url === FROM_CONTENT)).toMatchObject({
      targetType: 'page',
      initiatorScript: expect.stringMatching(/^chrome-extension:\/\/[^/]+\/content-scripts\/x\.js/),
    });
    expect(violations.find((request) => request.url === FROM_WORKER)).toMatchObject({ targetType: 'service_worker' });
    // The site's own request is recorded but is not CareSide's.
    await expect.poll(() => network.requests.some((request) => request.url === FROM_SITE)).toBe(true);
    expect(violations.map((request) => request.url)).not.toContain(FROM_SITE);
  } finally {
    await launched.close();
    rmSync(copy, { recursive: true, force: true });
  }
});

test('the untampered build makes no request but its own files, in every target', async () => {
  const launched = await launchWithExtension({ networkGuard: true });
  try {
    const page = launched.context.pages()[0] ?? (await launched.context.newPage());
    await page.goto(replicaUrl('x-status-it'));
    const options = await launched.context.newPage();
    await options.goto(`chrome-extension://${launched.extensionId}/options.html#dashboard`);
    await options.getByTestId('status').filter({ hasText: 'CareSide' }).waitFor();
    const network = launched.network!;
    // The guard saw CareSide's own targets: the options page and the panel's frame inside the site's page.
    await expect
      .poll(() => [...new Set(network.requests.filter((r) => r.fromExtension).map((r) => r.targetType))].sort())
      .toEqual(expect.arrayContaining(['iframe', 'page']));
    expect(network.violations((url) => resolveReplica(url) !== null)).toEqual([]);
  } finally {
    await launched.close();
  }
});
