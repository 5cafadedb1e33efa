import { CONTEXT_SPECS, type ExpectedItem } from '../fixtures/routes';
import { expect, test } from './fixtures';
import { expectPanelReads, panelFrame, selectRow } from './helpers';

// Every context a community manager works in besides a post's or a status's own page (issue #16 item 7), read in
// real Chromium by the built extension: the panel lists each customer item once and says how much it could read.
for (const spec of CONTEXT_SPECS) {
  test(`${spec.name}: the panel lists its ${spec.expected.filter((e) => !e.isOwn).length} customer items`, async ({
    page,
  }) => {
    await page.goto(spec.url);
    await expectPanelReads(page, spec);
    // The panel stays usable over the site's own layers (the photo viewer, a post dialog).
    await selectRow(page, spec.expected.find((item) => !item.isOwn)!.id);
    // "View more comments" / "View 2 replies": what loads is read too, and still nothing goes unread.
    const loaded: ExpectedItem[] = [];
    for (const expansion of spec.expansions ?? []) {
      await page.getByRole('button', { name: expansion.label, exact: true }).click();
      loaded.push(...expansion.adds);
      await expectPanelReads(page, spec, loaded);
    }
  });
}

const byName = (name: string) => CONTEXT_SPECS.find((spec) => spec.name === name)!;

test('twitter.com serves and reads the same profile as x.com', async ({ page }) => {
  const spec = byName('x-profile-it');
  await page.goto(spec.url.replace('https://x.com/', 'https://twitter.com/'));
  await expect((await panelFrame(page)).getByTestId('careside-panel')).toContainText('CareSide · X');
  await expectPanelReads(page, spec);
});

test('the news feed reads the same on www.facebook.com, facebook.com and web.facebook.com', async ({ page }) => {
  const spec = byName('facebook-feed-it');
  for (const host of ['www.facebook.com', 'facebook.com', 'web.facebook.com']) {
    await page.goto(`https://${host}/`);
    await expect((await panelFrame(page)).getByTestId('careside-panel')).toContainText('CareSide · Facebook');
    await expectPanelReads(page, spec);
  }
});
