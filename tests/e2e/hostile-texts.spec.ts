/**
 * Comment texts that try to break the panel: markup, a script tag, 100 KB of text, right-to-left overrides,
 * zalgo, only emoji. Each is read, listed and shown as text; nothing runs, nothing is injected, and the
 * panel keeps its shape (no horizontal overflow, the actions still on screen).
 */
import type { ConsoleMessage } from '@playwright/test';
import { HOSTILE_TEXTS, HOSTILE_URL } from '../fixtures/x/stress-pages';
import { expect, test } from './fixtures';
import { panelFrame, selectRow } from './helpers';

declare global {
  interface Window {
    __pwned?: number;
  }
}

test('hostile comment texts render as text and never break the panel', async ({ page }, testInfo) => {
  testInfo.setTimeout(120_000);
  const errors: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(HOSTILE_URL);
  const ui = await panelFrame(page);
  const ids = Object.keys(HOSTILE_TEXTS);
  for (const id of ids) await expect(ui.locator(`[data-careside-row="${id}"]`)).toHaveCount(1, { timeout: 20_000 });

  for (const [id, text] of Object.entries(HOSTILE_TEXTS)) {
    await selectRow(page, id);
    const detail = ui.getByTestId('careside-detail');
    // The text is there, as text: its first words (markup and all) appear in what the panel shows.
    const shown = await detail.innerText();
    expect(shown, id).toContain(text.slice(0, 40).trim());
    // Nothing of it became markup: no element from the text, no handler, no javascript: link.
    const injected = await ui.evaluate(() => ({
      handlers: document.querySelectorAll('[onerror], [onclick], [onload]').length,
      images: document.querySelectorAll('img[src="x"]').length,
      scripts: [...document.querySelectorAll('script')].filter((script) => !script.src).length,
      jsLinks: document.querySelectorAll('a[href^="javascript:"]').length,
      bold: [...document.querySelectorAll('b')].filter((b) => b.textContent === 'bold').length,
      pwned: window.__pwned ?? null,
      overflowX: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    }));
    expect(injected, id).toEqual({
      handlers: 0,
      images: 0,
      scripts: 0,
      jsLinks: 0,
      bold: 0,
      pwned: null,
      overflowX: 0,
    });
    // The actions stay reachable and the list keeps every row.
    await ui.getByTestId('careside-handled').scrollIntoViewIfNeeded();
    await expect(ui.getByTestId('careside-handled'), id).toBeInViewport();
    await expect(ui.locator('[data-careside-row]')).toHaveCount(ids.length);
  }
  expect(await page.evaluate(() => window.__pwned ?? null)).toBeNull();
  expect(HOSTILE_TEXTS['1869000000000000013']!.length).toBeGreaterThan(100_000);
  expect(errors).toEqual([]);
});
