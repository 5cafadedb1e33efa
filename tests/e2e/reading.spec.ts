import { REPLICA_SPECS } from '../fixtures/routes';
import { expect, test } from './fixtures';
import { expectBadge } from './badges';
import { panelFrame, selectRow } from './helpers';

// Every readable replica page (the layout-changed ones have their own tests), read in real Chromium by the built extension.
const pages = REPLICA_SPECS.filter((spec) => !spec.name.includes('layout-changed'));

for (const spec of pages) {
  test(`${spec.name}: every item read with the right id, author, text and reply flag`, async ({ page }) => {
    await page.goto(spec.url);
    const ui = await panelFrame(page);
    await expect(ui.getByTestId('careside-queue')).toBeVisible();

    for (const item of spec.expected.filter((candidate) => candidate.isOwn)) {
      // The brand's own replies are marked as own and never reach the queue.
      await expect(page.locator(`[data-careside-id="${item.id}"]`).first()).toHaveAttribute(
        'data-careside-own',
        'true',
      );
      await expect(ui.locator(`[data-careside-row="${item.id}"]`)).toHaveCount(0);
    }

    const customers = spec.expected.filter((candidate) => !candidate.isOwn);
    for (const item of customers) {
      const element = page.locator(`[data-careside-id="${item.id}"]`).first();
      await element.scrollIntoViewIfNeeded();
      // A photo, sticker or GIF with no text is badged as media, never given a category.
      const badge = await expectBadge(page, item.id);
      if (item.text === '') expect(badge.tone).toBe('media');
      else expect(badge.tone).toMatch(/^(complaint|praise|question|troll|spam|other)$/);
      await expect(ui.locator(`[data-careside-row="${item.id}"]`)).toContainText(item.authorName);
      await selectRow(page, item.id);
      const detail = ui.getByTestId('careside-detail');
      await expect(detail).toHaveAttribute('data-is-reply', String(item.isReply));
      await expect(detail).toHaveAttribute('data-author-handle', item.authorHandle);
      // "Show more" text may already be expanded by the time the item is selected (reveal expands it).
      const text = (await ui.getByTestId('careside-item-text').textContent()) ?? '';
      expect([item.text, item.fullText ?? item.text]).toContain(text);
    }
  });
}
