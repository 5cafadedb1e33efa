/**
 * The panel's "save an anonymised snapshot" action (issue #16, item 4) in the built extension: reached with
 * the keyboard, downloaded as a file, anonymised, readable by the adapters, and nothing sent anywhere.
 */
import { readFile } from 'node:fs/promises';
import { parseHeader } from '../../lib/page/snapshot/header';
import { REPLICA_SPECS } from '../fixtures/routes';
import { readSnapshot } from '../../scripts/lib/snapshot-fixture';
import { expect, test } from './fixtures';
import { expectAxeClean, panelAxe, panelFrame, replicaUrl } from './helpers';

const longWords = (text: string) => text.match(/\p{L}{4,}/gu) ?? [];

for (const name of ['x-status-it', 'facebook-post-en']) {
  test(`${name}: the snapshot is downloaded, anonymised and readable, and nothing is sent`, async ({ page }) => {
    const spec = REPLICA_SPECS.find((candidate) => candidate.name === name)!;
    await page.goto(replicaUrl(name));
    const ui = await panelFrame(page);
    await expect(ui.getByTestId('careside-queue').getByRole('option').first()).toBeVisible();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));

    // Keyboard: the first control in the panel.
    await ui.getByTestId('careside-panel').focus();
    await page.keyboard.press('Tab');
    const button = ui.getByRole('button', { name: 'Save an anonymised snapshot of this page (for a bug report)' });
    await expect(button).toBeFocused();
    const downloading = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    const download = await downloading;

    const platform = spec.platform;
    expect(download.suggestedFilename()).toMatch(
      new RegExp(`^careside-snapshot-${platform}-\\d{4}-\\d{2}-\\d{2}\\.html$`),
    );
    await expect(ui.getByTestId('careside-snapshot-note')).toContainText(download.suggestedFilename());
    const html = await readFile((await download.path())!, 'utf8');

    const header = parseHeader(html);
    const markup = html.slice(html.indexOf('-->') + 3); // the header's own prose is ours
    expect(html.startsWith('<!--\nCareSide snapshot, anonymised')).toBe(true);
    expect(header).toMatchObject({ platform, version: expect.stringMatching(/^\d+\.\d+\.\d+$/) });
    expect(header!.page).not.toContain(new URL(spec.url).pathname.split('/')[1]);

    for (const item of spec.expected) {
      expect(html, item.id).not.toContain(item.id);
      expect(html.toLowerCase(), item.authorHandle).not.toContain(item.authorHandle.toLowerCase());
      const found = longWords(`${item.authorName} ${item.text}`).flatMap((word) => {
        const at = markup.search(new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, 'iu'));
        return at < 0 ? [] : [`${word}: …${markup.slice(at - 60, at + 30)}…`];
      });
      expect(found, 'original words').toEqual([]);
    }
    expect(html).not.toMatch(/<script|<style|<link|\ssrc=|data-careside/);

    const read = readSnapshot(html);
    expect(read.items.map((item) => item.kind)).toEqual(spec.expected.map((item) => item.kind));
    expect(read.items.map((item) => item.text.length)).toEqual(read.items.map((_, i) => spec.expected[i].text.length));

    expect(
      requests.filter((url) => !/^(blob|data):/.test(url)),
      'requests after the click',
    ).toEqual([]);
    await expectAxeClean(await panelAxe(page), { seriousOnly: true });
  });
}

test.describe('in Italian', () => {
  test.use({ uiLocale: 'it-IT' });
  test('the action is labelled in Italian', async ({ page }) => {
    await page.goto(replicaUrl('facebook-post-it'));
    const ui = await panelFrame(page);
    const button = ui.getByRole('button', { name: /Salva un’istantanea anonimizzata/ });
    const downloading = page.waitForEvent('download');
    await button.click();
    await downloading;
    await expect(ui.getByTestId('careside-snapshot-note')).toContainText('non è stato inviato nulla');
  });
});
