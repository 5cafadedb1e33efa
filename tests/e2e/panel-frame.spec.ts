/**
 * The panel's frame on the page: docked right or left, collapsed to a slim tab, sized to what it shows (the
 * rest of the page stays clickable), and the focus round trip to the site's reply box and back on Esc.
 */
import { expect, test } from './fixtures';
import { panelFrame, replicaUrl, selectRow } from './helpers';

const MARCO = '1860000000000000011';

async function frameBox(page: import('@playwright/test').Page) {
  const box = await (await (await panelFrame(page)).frameElement()).boundingBox();
  if (!box) throw new Error('the panel frame has no box');
  return box;
}

test('docks right or left, collapses to a tab, and leaves the rest of the page clickable', async ({ page }) => {
  await page.goto(replicaUrl('x-status-it'));
  const ui = await panelFrame(page);
  await ui.getByTestId('careside-queue').getByRole('option').first().waitFor();
  const viewport = page.viewportSize()!;
  const right = await frameBox(page);
  expect(right.x + right.width).toBeGreaterThan(viewport.width - 40);
  expect(right.height).toBeLessThan(viewport.height);

  await ui.getByTestId('careside-move-side').click();
  await expect.poll(async () => (await frameBox(page)).x).toBeLessThan(40);

  await ui.getByTestId('careside-collapse').click();
  await expect.poll(async () => (await frameBox(page)).width).toBeLessThan(60);
  const tab = await frameBox(page);
  expect(tab.height).toBeLessThan(200);
  // Where the panel was, the site's own element is on top now.
  const onTop = await page.evaluate(
    ({ x, y }) => document.elementFromPoint(x, y)?.hasAttribute('data-careside-frame'),
    {
      x: 100,
      y: 300,
    },
  );
  expect(onTop).toBe(false);
  await ui.getByTestId('careside-tab').click();
  await expect(ui.getByTestId('careside-panel')).toBeVisible();
  await expect.poll(async () => (await frameBox(page)).width).toBeGreaterThan(300);
});

test('insert moves the focus to the site’s reply box; Esc there brings it back to the panel', async ({ page }) => {
  await page.goto(replicaUrl('x-status-it'));
  const ui = await panelFrame(page);
  await selectRow(page, MARCO);
  await ui.getByTestId('careside-suggestions').locator('li button').first().click();
  await ui.getByTestId('careside-insert').click();
  // The reply box is the site's, in the page: the focus has left our frame.
  await expect
    .poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.isContentEditable ?? false))
    .toBe(true);
  await page.keyboard.press('Escape');
  await expect.poll(() => ui.evaluate(() => document.hasFocus())).toBe(true);
  // The panel's keys work at once: J moves to the next item.
  await page.keyboard.press('j');
  await expect(ui.getByTestId('careside-detail')).not.toHaveAttribute('data-item-id', MARCO);
});
