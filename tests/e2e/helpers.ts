import AxeBuilder from '@axe-core/playwright';
import { expect, type Frame, type Page, type Worker } from '@playwright/test';
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

/** Clicks an item's row in the panel and waits for its detail view. */
export async function selectRow(page: Page, itemId: string) {
  const ui = await panelFrame(page);
  await ui.locator(`[data-careside-row="${itemId}"]`).click();
  await ui
    .getByTestId('careside-detail')
    .and(ui.locator(`[data-item-id="${itemId}"]`))
    .waitFor();
}

/** Selects an item in the panel and marks it handled with the default outcome. */
export async function handleItem(page: Page, itemId: string) {
  await selectRow(page, itemId);
  const ui = await panelFrame(page);
  await ui.getByTestId('careside-handled').click();
  await ui.getByTestId('careside-confirm-handled').click();
  await ui.locator(`[data-careside-row="${itemId}"]`).waitFor({ state: 'detached' });
}

/**
 * Escalates an item from the panel with the keyboard: select it, E, the department (the picker's default when
 * none is given), `beforeConfirm` (e.g. to check the hand-off note), confirm; the row leaves the queue.
 */
export async function escalateItem(
  page: Page,
  itemId: string,
  department?: string,
  beforeConfirm?: (ui: Frame) => Promise<void>,
) {
  const ui = await panelFrame(page);
  await selectRow(page, itemId);
  await ui.getByTestId('careside-panel').focus();
  await page.keyboard.press('e');
  if (department) await ui.getByTestId('careside-department').selectOption(department);
  await beforeConfirm?.(ui);
  await ui.getByTestId('careside-confirm-escalate').click();
  await expect(ui.locator(`[data-careside-row="${itemId}"]`)).toHaveCount(0);
}

export interface AxeCheck {
  /** Only this part of the page (a CSS selector). */
  include?: string;
  /** Rules left out. */
  ignore?: readonly string[];
  /** Only serious and critical findings count. */
  seriousOnly?: boolean;
}

/**
 * No axe finding on a page (options, practice) or on the panel (`panelAxe(page)`), each finding shown as one
 * line (rule, help, nodes) when there are some. The one axe check of every spec.
 */
export async function expectAxeClean(target: Page | AxeBuilder, check: AxeCheck = {}) {
  let builder = target instanceof AxeBuilder ? target : new AxeBuilder({ page: target });
  if (check.include) builder = builder.include(check.include);
  const results = await builder.analyze();
  const findings = results.violations
    .filter((violation) => !check.ignore?.includes(violation.id))
    .filter((violation) => !check.seriousOnly || violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} ${violation.nodes.map((n) => `${n.target.join(' ')} ${n.html.slice(0, 200)}`).join(' | ')}`,
    );
  expect(findings).toEqual([]);
}

/**
 * Axe over the panel. `new AxeBuilder({ page })` starts from the site's document, where the panel's frame sits in
 * a closed shadow root axe cannot enter, so it would never see the panel. AxeBuilder only needs a page's
 * evaluate, mainFrame, frames and context (the last for the blank page where it merges results), so it is given
 * the panel's frame in a page's shape: the whole frame document, which is nothing but the panel, is analysed.
 */
export async function panelAxe(page: Page): Promise<AxeBuilder> {
  const frame = await panelFrame(page);
  const framePage: Pick<Page, 'evaluate' | 'mainFrame' | 'frames' | 'context'> = {
    evaluate: frame.evaluate.bind(frame) as Page['evaluate'],
    mainFrame: () => frame,
    frames: () => [frame, ...frame.childFrames()],
    context: () => page.context(),
  };
  return new AxeBuilder({ page: framePage as Page });
}

/**
 * The panel lists every customer item of a replica page (own items never reach it), plus `more` once loaded, and
 * says "Read N of M" exactly when some could not be read. Textless items of the replicas are all photos,
 * stickers or GIFs, which count as read.
 */
export async function expectPanelReads(page: Page, spec: ReplicaPageSpec, more: ExpectedItem[] = []) {
  const ui = await panelFrame(page);
  const customers = [...spec.expected, ...more].filter((item) => !item.isOwn);
  await expect(ui.getByTestId('careside-queue').getByRole('option')).toHaveCount(customers.length);
  for (const item of customers) await expect(ui.locator(`[data-careside-row="${item.id}"]`)).toHaveCount(1);
  const total = customers.length + spec.unreadable;
  const read = total - spec.unreadable;
  const header = ui.getByTestId('careside-read-count');
  if (read === total) await expect(header).toHaveCount(0);
  else await expect(header).toContainText(`Read ${read} of ${total} `);
}

/** Starts a follow-up's wait 30 days ago, straight in the background's IndexedDB: overdue now, whatever the answer time. */
export function makeOverdue(serviceWorker: Worker, itemId: string) {
  return serviceWorker.evaluate(
    (id) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('careside');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const store = open.result.transaction('followups', 'readwrite').objectStore('followups');
          const get = store.get(['x', id]);
          get.onsuccess = () => {
            const put = store.put({ ...get.result, since: Date.now() - 30 * 24 * 3_600_000 });
            put.onsuccess = () => resolve();
            put.onerror = () => reject(put.error);
          };
        };
      }),
    itemId,
  );
}
