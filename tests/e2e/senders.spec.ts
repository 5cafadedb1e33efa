/**
 * Messages by sender: the page script's own world (the content script's isolated world, where a confused or
 * compromised page script would run) asks the background for what only the options page may do, and is
 * refused. Playwright can't evaluate there, so the test finds that world through the DevTools protocol.
 */
import type { CDPSession, Page, Worker } from '@playwright/test';
import { expect, test } from './fixtures';
import { panelFrame, readTable, replicaUrl } from './helpers';

/** The execution context of CareSide's content script in the page's top frame. */
async function contentScriptWorld(page: Page, extensionId: string): Promise<{ cdp: CDPSession; contextId: number }> {
  const cdp = await page.context().newCDPSession(page);
  const worlds: { id: number; origin: string; auxData?: { type?: string; isDefault?: boolean } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push(context));
  // Enabling replays every context that already exists.
  await cdp.send('Runtime.enable');
  const ours = () => worlds.find((w) => w.auxData?.type === 'isolated' && w.origin.includes(extensionId));
  await expect.poll(() => ours()?.id, { timeout: 10_000 }).toBeDefined();
  return { cdp, contextId: ours()!.id };
}

/**
 * Every key of every persistent storage area, as the background sees them: get(null), never a list of names,
 * so a key a write might have added shows. Only `seenRevision` is left out: it moves whenever the page script
 * reports newly seen items over its port, which it may do at any moment of the test.
 */
function allStorage(serviceWorker: Worker) {
  type Areas = Record<'local' | 'sync', { get(keys: null): Promise<Record<string, unknown>> }>;
  return serviceWorker.evaluate(async () => {
    const { storage } = (globalThis as unknown as { chrome: { storage: Areas } }).chrome;
    const { seenRevision: _moving, ...local } = await storage.local.get(null);
    return { local, sync: await storage.sync.get(null) };
  });
}

/**
 * The storage once the background's own writes after page load are done: the alerts pass records the urgent
 * items it has announced (`alertsKnown`) a moment after they reach the queue (it failed once in a clean clone).
 */
async function settledStorage(serviceWorker: Worker) {
  let last = JSON.stringify(await allStorage(serviceWorker));
  for (let tries = 0; tries < 20; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 600));
    const next = JSON.stringify(await allStorage(serviceWorker));
    if (next === last) break;
    last = next;
  }
  return JSON.parse(last) as Awaited<ReturnType<typeof allStorage>>;
}

async function evaluateIn<T>(cdp: CDPSession, contextId: number, expression: string): Promise<T> {
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
    expression,
    contextId,
    awaitPromise: true,
    returnByValue: true,
  });
  if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
  return result.value as T;
}

test('the page script’s world is refused what only the options page may ask', async ({
  page,
  extensionId,
  serviceWorker,
}) => {
  await page.goto(replicaUrl('x-status-it'));
  await expect((await panelFrame(page)).getByTestId('careside-queue').getByRole('option').first()).toBeVisible();
  await expect
    .poll(async () => (await readTable(serviceWorker, 'seen')).length, { timeout: 15_000 })
    .toBeGreaterThan(0);
  const seenBefore = (await readTable(serviceWorker, 'seen')).length;
  const storageBefore = await settledStorage(serviceWorker);

  const { cdp, contextId } = await contentScriptWorld(page, extensionId);
  // It really is CareSide's content script: it has the extension's runtime.
  expect(await evaluateIn(cdp, contextId, 'chrome.runtime.id')).toBe(extensionId);

  const ask = (name: string, input: unknown) =>
    evaluateIn<{ ok: boolean; error?: string }>(
      cdp,
      contextId,
      `chrome.runtime.sendMessage(${JSON.stringify({ careside: 1, name, input })})`,
    );
  expect(await ask('wipeData', { confirm: 'DELETE' })).toEqual({
    ok: false,
    error: '"wipeData" is not allowed from page.',
  });
  expect(await ask('exportLogCsv', {})).toEqual({ ok: false, error: '"exportLogCsv" is not allowed from page.' });
  expect(await ask('listTemplates', {})).toEqual({ ok: false, error: '"listTemplates" is not allowed from page.' });
  // The request the page script used to send is gone from the protocol.
  expect(await ask('logSeen', { items: [] })).toEqual({ ok: false, error: 'Unknown message "logSeen".' });
  // Nothing was wiped: the log still holds its rows, and storage is the same, key for key.
  expect((await readTable(serviceWorker, 'seen')).length).toBeGreaterThanOrEqual(seenBefore);
  expect(await allStorage(serviceWorker)).toEqual(storageBefore);
});

test('the page script’s world can neither read nor write the settings in storage', async ({
  page,
  extensionId,
  serviceWorker,
}) => {
  await page.goto(replicaUrl('x-status-it'));
  await panelFrame(page);
  const storageBefore = await settledStorage(serviceWorker);
  const { cdp, contextId } = await contentScriptWorld(page, extensionId);
  for (const area of ['sync', 'local']) {
    const read = await evaluateIn<string>(
      cdp,
      contextId,
      `chrome.storage.${area}.get(null).then((all) => 'read ' + JSON.stringify(all), (e) => 'refused: ' + e.message)`,
    );
    expect(read, area).toMatch(/^refused: /);
    const attempt = await evaluateIn<string>(
      cdp,
      contextId,
      `chrome.storage.${area}.set({ settings: { privacy: { storeText: true } } }).then(() => 'written', (e) => 'refused: ' + e.message)`,
    );
    expect(attempt, area).toMatch(/^refused: /);
  }
  // Nothing changed in either area, whatever key a write might have tried.
  expect(await allStorage(serviceWorker)).toEqual(storageBefore);
});
