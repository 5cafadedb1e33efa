import type { Frame, Page, Worker } from '@playwright/test';
import { REPLICA_PAGES } from '../fixtures/routes';

export function replicaUrl(name: string): string {
  const page = REPLICA_PAGES.find((candidate) => candidate.name === name);
  if (!page) throw new Error(`No replica page named ${name}`);
  return page.url;
}

/** Reads every row of a table of the background's IndexedDB (raw IndexedDB: no Dexie in the worker's global scope). */
export function readTable<T = Record<string, unknown>>(serviceWorker: Worker, table: string): Promise<T[]> {
  return serviceWorker.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('careside');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => resolve(request.result as T[]);
          request.onerror = () => reject(request.error);
        };
      }),
    table,
  );
}

const isPanelFrame = (frame: Frame) => /^chrome-extension:\/\/[^/]+\/panel\.html/.test(frame.url());

/**
 * The panel: CareSide's own page in a frame the page script puts in a closed shadow root. Page locators can't
 * reach it (nor can the site's scripts), so tests use the frame itself, found by its URL.
 */
export async function panelFrame(page: Page): Promise<Frame> {
  for (let waited = 0; waited < 10_000; waited += 50) {
    const frame = page.frames().find(isPanelFrame);
    if (frame) return frame;
    await page.waitForTimeout(50);
  }
  throw new Error('The CareSide panel frame did not appear');
}

export async function panel(page: Page) {
  return (await panelFrame(page)).getByTestId('careside-panel');
}

export async function selectRow(page: Page, itemId: string) {
  const row = page.locator(`[data-careside-row="${itemId}"]`);
  await row.click();
  await page
    .getByTestId('careside-detail')
    .and(page.locator(`[data-item-id="${itemId}"]`))
    .waitFor();
}

/** Selects an item in the panel and marks it handled with the default outcome. */
export async function handleItem(page: Page, itemId: string) {
  await selectRow(page, itemId);
  await page.getByTestId('careside-handled').click();
  await page.getByTestId('careside-confirm-handled').click();
  await page.locator(`[data-careside-row="${itemId}"]`).waitFor({ state: 'detached' });
}
