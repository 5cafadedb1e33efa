import { expect, type Page, type Worker } from '@playwright/test';
import { REPLICA_PAGES, type ExpectedItem, type ReplicaPageSpec } from '../fixtures/routes';

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

/** The panel lives in an open shadow root; Playwright's locators pierce it. */
export function panel(page: Page) {
  return page.getByTestId('careside-panel');
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

/**
 * The panel lists every customer item of a replica page (own items never reach it), plus `more` once loaded, and
 * says "Read N of M" exactly when some could not be read. Textless items of the replicas are all photos,
 * stickers or GIFs, which count as read.
 */
export async function expectPanelReads(page: Page, spec: ReplicaPageSpec, more: ExpectedItem[] = []) {
  const customers = [...spec.expected, ...more].filter((item) => !item.isOwn);
  await expect(page.getByTestId('careside-queue').getByRole('option')).toHaveCount(customers.length);
  for (const item of customers) await expect(page.locator(`[data-careside-row="${item.id}"]`)).toHaveCount(1);
  const total = customers.length + spec.unreadable;
  const read = total - spec.unreadable;
  const header = page.getByTestId('careside-read-count');
  if (read === total) await expect(header).toHaveCount(0);
  else await expect(header).toContainText(`Read ${read} of ${total} `);
}
