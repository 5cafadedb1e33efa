/**
 * The Firefox build (.output/firefox-mv2, `npm run build:firefox`) loaded in a real Firefox: Debian's firefox-esr
 * in CI (.ci/run installs it). Skipped, saying so, where no Firefox is installed. Run with `npm run test:firefox`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { REPLICA_SPECS } from '../fixtures/routes';
import { FIREFOX_EXTENSION_PATH, findFirefox, launchFirefox, type FirefoxSession } from './firefox';
import { call, clickAt, navigate, panelContext, poll, readBadges, topContext } from './page';

const firefox = findFirefox();
if (!firefox)
  console.warn(
    'SKIPPED: no Firefox found (install firefox-esr, or set FIREFOX_PATH) — the Firefox build was not tested.',
  );
const built = existsSync(join(FIREFOX_EXTENSION_PATH, 'manifest.json'));

const spec = (name: string) => REPLICA_SPECS.find((s) => s.name === name)!;

describe.skipIf(!firefox)('the Firefox build in Firefox', () => {
  let ff: FirefoxSession;
  let tab: string;
  beforeAll(async () => {
    if (!built) throw new Error(`No Firefox build at ${FIREFOX_EXTENSION_PATH}: run npm run build:firefox first`);
    ff = await launchFirefox(firefox!);
    tab = await topContext(ff.bidi);
    // The site's side: before any of its pages load, wrap attachShadow to catch every shadow root made on them.
    await ff.bidi.send('script.addPreloadScript', {
      functionDeclaration: `() => { window.__caught = 0; const attach = Element.prototype.attachShadow;
        Element.prototype.attachShadow = function (init) { window.__caught += 1; return attach.call(this, init); }; }`,
    });
    console.log(`Firefox ${ff.version}, extension ${ff.extensionId}`);
  }, 60_000);
  afterAll(async () => {
    await ff?.close();
  });

  for (const name of ['x-status-it', 'facebook-post-en']) {
    it(`${name}: the page script reads and marks every item, the panel lists them, badges come back`, async () => {
      const page = spec(name);
      await navigate(ff.bidi, tab, page.url);
      const ids = page.expected.map((item) => item.id);
      const customers = page.expected.filter((item) => !item.isOwn);
      // The content script marks each item it reads with the item's own id.
      const marked = await poll(
        () =>
          call<string[]>(
            ff.bidi,
            tab,
            `() => Array.from(document.querySelectorAll('[data-careside-id]'), (el) => el.getAttribute('data-careside-id'))`,
          ),
        (found) => ids.every((id) => found.includes(id)),
        'every item marked',
      );
      expect(new Set(marked)).toEqual(new Set(ids));
      // The panel: our own page in a frame, in a closed shadow root the page can't open.
      const hostState = await call<[number, boolean]>(
        ff.bidi,
        tab,
        `() => { const host = document.querySelector('[data-careside-frame]'); return [host ? 1 : 0, host?.shadowRoot === null]; }`,
      );
      expect(hostState).toEqual([1, true]);
      const frame = await poll(() => panelContext(ff.bidi, tab), Boolean, 'the panel frame');
      // Its queue comes from the background (Firefox's background page classifies), one row per customer item.
      const rows = await poll(
        () =>
          call<string[]>(
            ff.bidi,
            frame!.context,
            `() => Array.from(document.querySelectorAll('[data-careside-row]'), (el) => el.getAttribute('data-careside-row'))`,
          ),
        (found) => found.length === customers.length,
        'the panel queue',
      );
      expect(new Set(rows)).toEqual(new Set(customers.map((item) => item.id)));
      // Badges: drawn once the background's categories arrive, in closed shadow roots, each with a named button.
      const badges = await poll(
        () => readBadges(ff.bidi, tab),
        (found) => found.some((b) => b.visible),
        'a badge',
      );
      for (const badge of badges.filter((b) => b.visible)) {
        expect(badge.mode).toBe('closed');
        expect(badge.label).toMatch(/^CareSide: .+\. Open in panel$/);
        expect(badge.text).toMatch(/complaint|praise|question|troll|spam|other|can't read|only/);
      }
      const fromPage = await call<[number, string]>(
        ff.bidi,
        tab,
        `() => { const hosts = document.querySelectorAll('[data-careside-badge-host]');
          return [Array.from(hosts).filter((h) => h.shadowRoot !== null).length, Array.from(hosts, (h) => h.outerHTML).join('')]; }`,
      );
      expect(fromPage[0]).toBe(0);
      // The page script's attachShadow goes through Xray wrappers: the site's wrapper never sees it.
      expect(await call<number>(ff.bidi, tab, '() => window.__caught')).toBe(0);
      // (The wrapper works: the page's own call is caught.)
      const caught = `() => { document.createElement('span').attachShadow({ mode: 'closed' }); return window.__caught; }`;
      expect(await call<number>(ff.bidi, tab, caught)).toBe(1);
      expect(fromPage[1]).not.toMatch(/CareSide|complaint|praise|question/);
    }, 60_000);
  }

  it('clicking a badge selects its item in the panel', async () => {
    await navigate(ff.bidi, tab, spec('x-status-it').url);
    const frame = await poll(() => panelContext(ff.bidi, tab), Boolean, 'the panel frame');
    const badge = await poll(
      () => readBadges(ff.bidi, tab),
      (found) => found.some((b) => b.visible && b.y > 0 && b.y < 700),
      'a badge on screen',
    ).then((found) => found.find((b) => b.visible && b.y > 0 && b.y < 700)!);
    const before = await call<string | null>(
      ff.bidi,
      frame!.context,
      `() => document.querySelector('[data-testid="careside-detail"]')?.getAttribute('data-item-id') ?? null`,
    );
    await clickAt(ff.bidi, tab, badge.x, badge.y);
    const selected = await poll(
      () =>
        call<string | null>(
          ff.bidi,
          frame!.context,
          `() => document.querySelector('[data-testid="careside-detail"]')?.getAttribute('data-item-id') ?? null`,
        ),
      (id) => id !== null && id !== before,
      'the clicked item selected in the panel',
    );
    expect(spec('x-status-it').expected.map((item) => item.id)).toContain(selected);
    expect(badge.itemId).not.toBeNull();
    expect(selected).toBe(badge.itemId); // the clicked badge's own item, not just any item
    expect(ff.blocked.filter((url) => !/^https:\/\/(x|www\.facebook)\.com\//.test(url))).toEqual([]);
  }, 60_000);
});
