/**
 * State on the page (issue #19, item 4): each badge says how old its item is against the response target (on
 * time / due soon / late), the classifier's tone, and what the background's database says of it (handled,
 * escalated, waiting on a follow-up), in the UI's language; brand names from settings are watched like keywords.
 * Badges are read through the DevTools protocol (badges.ts): their content is in closed shadow roots.
 */
import type { Page } from '@playwright/test';
import { expectBadge } from './badges';
import { expect, test } from './fixtures';
import { handleItem, panelFrame, replicaUrl, selectRow } from './helpers';

// x-mentions-en, served with its times moved so that 09:50 on the fixture day is now (routes.ts shiftReplicaTimes).
const LUCA_FIRST = '1860000000000000101'; // "il pacco … non è mai arrivato", 07:00: almost 3 h old, late
const LUCA_AGAIN = '1860000000000000106'; // "ancora niente…", 08:10 (late too): made five minutes old below
// facebook-post-en/-it: relative times ("3 d", "15 min"), so approximate.
const TOM = '1123581321345502'; // 3 d: food poisoning
const GIULIA_REPLY = '1123581321345512'; // 15 min, a reply in a thread
const LUCA_ESPOSITO = '1123581321345503'; // "Acme Italia = ladri…"

/** Before the page's scripts run: the tweet's time becomes five minutes ago (the site's own markup, nothing of ours). */
async function makeTweetFresh(page: Page, id: string) {
  await page.addInitScript((tweet) => {
    document.addEventListener('DOMContentLoaded', () => {
      const iso = new Date(Date.now() - 5 * 60_000).toISOString();
      document
        .querySelectorAll(`a[href*="/status/${tweet}"] time`)
        .forEach((time) => time.setAttribute('datetime', iso));
    });
  }, id);
}

async function escalate(page: Page, id: string) {
  const ui = await panelFrame(page);
  await selectRow(page, id);
  await ui.getByTestId('careside-escalate').click();
  await ui.getByTestId('careside-confirm-escalate').click();
  await ui.locator(`[data-careside-row="${id}"]`).waitFor({ state: 'detached' });
}

test('X: an old tweet is late, a fresh one on time; handled, waiting and escalated come from the database, after a reload too', async ({
  page,
}) => {
  await makeTweetFresh(page, LUCA_AGAIN);
  await page.goto(replicaUrl('x-mentions-en'));
  await panelFrame(page);

  const late = await expectBadge(page, LUCA_FIRST, { sla: 'late', slaText: 'late', mark: '' });
  expect(late.label).toMatch(
    /^CareSide: .*, (negative|neutral|positive) tone, late \(posted over 1 h ago\)\. Open in panel$/,
  );
  expect(['negative', 'neutral', 'positive']).toContain(late.sentiment);
  const fresh = await expectBadge(page, LUCA_AGAIN, { sla: 'on_time', slaText: 'on time' });
  expect(fresh.label).toContain('on time (posted under 30 min ago)');

  await handleItem(page, LUCA_FIRST);
  const handled = await expectBadge(page, LUCA_FIRST, { mark: 'handled', handled: true, sla: '' });
  expect(handled.text).toMatch(/^✓ /);
  expect(handled.label).toMatch(/, handled\. Open in panel$/);

  await escalate(page, LUCA_AGAIN);
  const waiting = await expectBadge(page, LUCA_AGAIN, { mark: 'waiting', handled: true, sla: '' });
  expect(waiting.text).toMatch(/^⏳ /);
  expect(waiting.label).toMatch(/, waiting on a follow-up\. Open in panel$/);

  // The page forgot everything; the background's database did not.
  await page.reload();
  await panelFrame(page);
  await expectBadge(page, LUCA_FIRST, { mark: 'handled', sla: '' });
  await expectBadge(page, LUCA_AGAIN, { mark: 'waiting', sla: '' });

  // The answer came back (the panel's follow-up list): no longer waiting, escalated.
  const ui = await panelFrame(page);
  await ui.getByTestId('careside-followups-toggle').click();
  await ui.locator(`[data-careside-followup="${LUCA_AGAIN}"]`).getByTestId('careside-followup-close').click();
  const escalated = await expectBadge(page, LUCA_AGAIN, { mark: 'escalated', handled: true, sla: '' });
  expect(escalated.text).toMatch(/^↗ /);
  expect(escalated.label).toMatch(/, escalated\. Open in panel$/);
});

test('Facebook: approximate times say "about"; a handled comment shows handled; a brand name from settings is watched and counted', async ({
  page,
  openOptions,
}) => {
  await page.goto(replicaUrl('facebook-post-en'));
  const ui = await panelFrame(page);
  await page.locator(`[data-careside-id="${TOM}"]`).scrollIntoViewIfNeeded();
  const tom = await expectBadge(page, TOM, { sla: 'late', slaText: '≈ late', sentiment: 'negative' });
  expect(tom.label).toContain('negative tone, late (posted about over 1 h ago)');
  await page.locator(`[data-careside-id="${GIULIA_REPLY}"]`).scrollIntoViewIfNeeded();
  const giulia = await expectBadge(page, GIULIA_REPLY, { sla: 'on_time', slaText: '≈ on time' });
  expect(giulia.label).toContain('on time (posted about under 30 min ago)');

  await handleItem(page, TOM);
  await expectBadge(page, TOM, { mark: 'handled', sla: '' });

  await page.locator(`[data-careside-id="${LUCA_ESPOSITO}"]`).scrollIntoViewIfNeeded();
  await expectBadge(page, LUCA_ESPOSITO, { monitored: false });
  await expect(ui.getByTestId('careside-counts')).not.toContainText('watched');
  const options = await openOptions('settings');
  await options.getByLabel('Brand names').fill('Acme Italia');
  await options.getByRole('button', { name: 'Save settings' }).click();
  await expect(options.getByTestId('settings-status')).toContainText('Saved');

  await page.bringToFront();
  await expectBadge(page, LUCA_ESPOSITO, { monitored: true });
  await expect(ui.getByTestId('careside-counts')).toContainText(/\d+ watched/);
});

test.describe('Italian UI', () => {
  test.use({ uiLocale: 'it-IT' });

  test('badge words and accessible names follow the UI language', async ({ page }) => {
    await page.goto(replicaUrl('facebook-post-it'));
    await panelFrame(page);
    await page.locator(`[data-careside-id="${TOM}"]`).scrollIntoViewIfNeeded();
    const tom = await expectBadge(page, TOM, { sla: 'late', slaText: '≈ in ritardo', urgent: true });
    expect(tom.text).toBe('! reclamo');
    expect(tom.label).toMatch(
      /^CareSide: urgente, reclamo, tono negativo, in ritardo \(pubblicato circa più di 1 h fa\)\. Apri nel pannello$/,
    );
    await page.locator(`[data-careside-id="${GIULIA_REPLY}"]`).scrollIntoViewIfNeeded();
    await expectBadge(page, GIULIA_REPLY, { sla: 'on_time', slaText: '≈ in tempo' });
  });
});
