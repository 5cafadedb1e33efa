/**
 * Messages by sender: the page script's own world (the content script's isolated world, where a confused or
 * compromised page script would run) asks the background for what only the options page may do, and is
 * refused. Playwright can't evaluate there, so the test finds that world through the DevTools protocol.
 */
import type { CDPSession, Page } from '@playwright/test';
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
  // Nothing was wiped.
  expect((await readTable(serviceWorker, 'seen')).length).toBeGreaterThanOrEqual(seenBefore);
});

test('the page script’s world can neither read nor write the settings in storage', async ({ page, extensionId }) => {
  await page.goto(replicaUrl('x-status-it'));
  await panelFrame(page);
  const { cdp, contextId } = await contentScriptWorld(page, extensionId);
  for (const area of ['sync', 'local']) {
    const attempt = await evaluateIn<string>(
      cdp,
      contextId,
      `chrome.storage.${area}.set({ settings: { privacy: { storeText: true } } }).then(() => 'written', (e) => 'refused: ' + e.message)`,
    );
    expect(attempt, area).toMatch(/^refused: /);
  }
});
