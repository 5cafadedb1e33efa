// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REPLICA_SPECS } from '../../fixtures/routes';
import { facebookAdapter, xAdapter } from '@/lib/platforms';
import { startContentRuntime } from '@/lib/page';
import { BADGE_DWELL_MS } from '@/lib/page/dwell';
import { SETTLE_MS } from '@/lib/page/scroll-settle';
import type { ContentRuntime, RuntimeOptions } from '@/lib/page';
import type { PageItem } from '@/lib/shared/messaging/ports';
import { captureShadowRoots, type BadgeReader } from './badge-reader';
import { fakeClassify } from './fake-classify';
import { badgeStrings } from '@/lib/shared/i18n/messages/badge';
import { idle, installEverythingVisible, loadIntoDocument, settle } from './load-page';

const spec = (name: string) => REPLICA_SPECS.find((s) => s.name === name)!;
const options = (over: Partial<RuntimeOptions> = {}): RuntimeOptions => ({
  ownHandles: [],
  badges: true,
  monitorKeywords: [],
  slaMinutes: 60,
  labels: badgeStrings('en'),
  ...over,
});

/** What the background does with the changes the page sends: classify the read texts and send them back. */
function classifyAsBackground(runtime: ContentRuntime): PageItem[] {
  const { upserts } = runtime.takeChanges();
  runtime.applyClassifications(
    upserts
      .filter((u) => u.readState === 'read')
      .map((u) => ({ id: u.item.id, text: u.item.text, badge: fakeClassify(u.item) })),
  );
  return upserts;
}

let controller = new AbortController();
let restoreIntersection = () => {};
let badges: BadgeReader;
beforeEach(() => {
  restoreIntersection = installEverythingVisible();
  badges = captureShadowRoots();
});
afterEach(() => {
  restoreIntersection();
  badges.restore();
  controller.abort();
  controller = new AbortController();
  document.body.innerHTML = '';
});

describe('content runtime on the X status replica', () => {
  it('tracks customer items only, marks elements and draws badges', async () => {
    const page = spec('x-status-it');
    loadIntoDocument(page);
    const runtime = startContentRuntime(xAdapter, controller.signal, options());
    await settle(runtime);
    const sent = classifyAsBackground(runtime);
    // Every item goes to the background once, own ones flagged; nothing is left to send.
    expect(
      sent
        .filter((u) => !u.own)
        .map((u) => u.item.id)
        .sort(),
    ).toEqual(
      page.expected
        .filter((e) => !e.isOwn)
        .map((e) => e.id)
        .sort(),
    );
    expect(runtime.takeChanges().upserts).toEqual([]);
    await idle(BADGE_DWELL_MS + 150); // badges appear once an item has stayed on screen
    const snap = runtime.getSnapshot();
    const customers = page.expected.filter((e) => !e.isOwn);
    expect(snap.items.map((t) => t.item.id)).toEqual(customers.map((e) => e.id));
    expect(snap.unreadableCount).toBe(0);
    expect(runtime.getSnapshot()).toBe(snap); // stable until something changes

    const marco = document.querySelector('[data-careside-id="1860000000000000011"]')!;
    expect(badges.of(marco)).toMatchObject({ text: '! complaint', tone: 'complaint', urgent: true, handled: false });
    expect(badges.of(marco)!.label).toBe(
      'CareSide: urgent, complaint, neutral tone, late (posted over 1 h ago). Open in panel',
    );
    expect(document.querySelector('[data-careside-id="1860000000000000012"]')!.getAttribute('data-careside-own')).toBe(
      'true',
    );
    expect(badges.shown()).toHaveLength(customers.length);
    // What the site's own scripts can read: the item's own id and a neutral host, nothing CareSide thinks.
    const host = badges.of(marco)!.host;
    expect(host.shadowRoot).toBeNull();
    expect(host.textContent).toBe('');
    expect(Array.from(host.attributes).map((attr) => attr.name)).toEqual(['data-careside-badge-host']);
    expect(
      Array.from(marco.attributes)
        .map((attr) => attr.name)
        .filter((name) => name.startsWith('data-careside'))
        .sort(),
    ).toEqual(['data-careside-badged', 'data-careside-id']);
    expect(marco.outerHTML).not.toMatch(/complaint|urgent|handled/);
  });

  it('shows no category until the background answers, and ignores an answer for a text that has changed', async () => {
    loadIntoDocument(spec('x-status-it'));
    const runtime = startContentRuntime(xAdapter, controller.signal, options());
    await settle(runtime);
    const el = document.querySelector('[data-careside-id="1860000000000000011"]')!;
    await idle(BADGE_DWELL_MS + 150);
    // Read but not answered yet: pending, no badge anywhere.
    expect(runtime.getSnapshot().items.every((t) => t.badge === null)).toBe(true);
    expect(badges.of(el)).toBeNull();
    expect(document.querySelectorAll('[data-careside-badge-host]')).toHaveLength(0);
    const { upserts } = runtime.takeChanges();
    const marco = upserts.find((u) => u.item.id === '1860000000000000011')!;
    runtime.applyClassifications([{ id: marco.item.id, text: 'an older text', badge: fakeClassify(marco.item) }]);
    expect(runtime.getSnapshot().items.find((t) => t.item.id === marco.item.id)!.badge).toBeNull();
    expect(badges.of(el)).toBeNull();
    runtime.applyClassifications([{ id: marco.item.id, text: marco.item.text, badge: fakeClassify(marco.item) }]);
    expect(runtime.getSnapshot().items.find((t) => t.item.id === marco.item.id)!.badge).toMatchObject({
      category: 'complaint',
    });
    expect(badges.of(el)).toMatchObject({ visible: true, text: '! complaint' });
  });

  it('badge clicks reach listeners; markHandled and setOptions update badges live', async () => {
    loadIntoDocument(spec('x-status-it'));
    const runtime = startContentRuntime(xAdapter, controller.signal, options());
    await settle(runtime);
    classifyAsBackground(runtime);
    await idle(BADGE_DWELL_MS + 150);
    const clicked: string[] = [];
    runtime.onBadgeClick((id) => clicked.push(id));
    const sara = document.querySelector('[data-careside-id="1860000000000000013"]')!;
    const badge = badges.of(sara)!;
    let bubbled = false;
    document.body.addEventListener('click', () => (bubbled = true));
    badge.button.click();
    expect(clicked).toEqual(['1860000000000000013']);
    expect(bubbled).toBe(false); // X would open the tweet otherwise
    // An element the page dresses up as a badge selects nothing.
    const forged = document.createElement('span');
    forged.setAttribute('data-careside-badge-host', '');
    sara.appendChild(forged);
    forged.click();
    expect(clicked).toEqual(['1860000000000000013']);
    expect(bubbled).toBe(true);
    forged.remove();

    runtime.markHandled('1860000000000000013');
    expect(badges.of(sara)).toMatchObject({ handled: true, text: `✓ ${badge.text}` });
    expect(badges.of(sara)!.label).toMatch(/, handled\. Open in panel$/);
    expect(sara.outerHTML).not.toMatch(/handled/);
    expect(badges.of(sara)).toMatchObject({ sla: null, slaText: null }); // answered: no SLA state

    // The database's marks: waiting on a follow-up, escalated (its follow-up closed), none.
    runtime.setMarks([['1860000000000000013', 'waiting']]);
    expect(badges.of(sara)).toMatchObject({ handled: true, mark: 'waiting', text: `⏳ ${badge.text}` });
    expect(badges.of(sara)!.label).toMatch(/, waiting on a follow-up\. Open in panel$/);
    runtime.setMarks([['1860000000000000013', 'escalated']]);
    expect(badges.of(sara)).toMatchObject({ mark: 'escalated', text: `↗ ${badge.text}` });
    runtime.setMarks([['1860000000000000013', null]]);
    expect(badges.of(sara)).toMatchObject({ handled: false, mark: null, sla: 'late', slaText: 'late' });
    runtime.markHandled('1860000000000000013');
    expect(sara.outerHTML).not.toMatch(/waiting|escalated|late/);

    const before = runtime.getSnapshot().revision;
    runtime.setOptions(options({ badges: false, ownHandles: ['@sara_lombardi'], monitorKeywords: ['Bergamo'] }));
    expect(document.querySelectorAll('[data-careside-badge-host]').length).toBe(0);
    const snap = runtime.getSnapshot();
    expect(snap.revision).toBeGreaterThan(before);
    expect(snap.items.some((t) => t.item.id === '1860000000000000013')).toBe(false);
    expect(snap.items.find((t) => t.item.id === '1860000000000000017')!.monitored).toEqual(['Bergamo']);
  });

  it('follows recycled nodes by content id and counts unreadable markup', async () => {
    loadIntoDocument(spec('x-status-layout-changed'));
    const runtime = startContentRuntime(xAdapter, controller.signal, options());
    await settle(runtime);
    classifyAsBackground(runtime);
    expect(document.querySelectorAll('article').length).toBe(5);
    expect(runtime.getSnapshot().unreadableCount).toBe(2);
    // X reuses the node of one tweet for another: the element must now be keyed by the new id.
    const el = document.querySelector('[data-careside-id="1860000000000000016"]')!;
    const link = el.querySelector('a[href*="/status/"]')!;
    link.setAttribute('href', '/emily_in_milan/status/1860000000000000999');
    el.querySelector('[data-testid="tweetText"] span')!.textContent = 'A brand new tweet in a recycled node';
    await idle(300);
    await settle(runtime);
    classifyAsBackground(runtime);
    expect(el.getAttribute('data-careside-id')).toBe('1860000000000000999');
    const ids = runtime.getSnapshot().items.map((t) => t.item.id);
    expect(ids).toContain('1860000000000000999');
    expect(ids).toContain('1860000000000000016'); // recently seen items stay in the queue
  });

  it('waits while the user scrolls, then reads what changed, including text edited mid-scroll', async () => {
    loadIntoDocument(spec('x-status-layout-changed'));
    const runtime = startContentRuntime(xAdapter, controller.signal, options());
    await settle(runtime);
    classifyAsBackground(runtime);
    const el = document.querySelector('[data-careside-id="1860000000000000016"]')!;
    const before = runtime.getSnapshot().revision;
    window.dispatchEvent(new Event('scroll'));
    // The observer is off while scrolling: this recycle is found by the rescan after the pause.
    el.querySelector('a[href*="/status/"]')!.setAttribute('href', '/emily_in_milan/status/1860000000000000998');
    el.querySelector('[data-testid="tweetText"] span')!.textContent = 'Changed while the user scrolled';
    await idle(SETTLE_MS / 2);
    expect(runtime.getSnapshot().revision).toBe(before);
    expect(el.getAttribute('data-careside-id')).toBe('1860000000000000016');
    await idle(SETTLE_MS + 300);
    await settle(runtime);
    classifyAsBackground(runtime);
    expect(el.getAttribute('data-careside-id')).toBe('1860000000000000998');
    const item = runtime.getSnapshot().items.find((t) => t.item.id === '1860000000000000998');
    expect(item?.item.text).toMatch(/^Changed while the user scrolled/); // the tweet's emoji follows
    expect(runtime.getSnapshot().unreadableCount).toBe(2); // unchanged broken items are not counted twice
    // Observing resumed after the pause: a plain edit is picked up again without any scroll.
    el.querySelector('[data-testid="tweetText"] span')!.textContent = 'Edited after the pause';
    await idle(300);
    await settle(runtime);
    classifyAsBackground(runtime);
    expect(runtime.getSnapshot().items.find((t) => t.item.id === '1860000000000000998')?.item.text).toMatch(
      /^Edited after the pause/,
    );
  });

  it('a page that does not change while scrolling is not rescanned after the pause', async () => {
    loadIntoDocument(spec('x-status-it'));
    let scans = 0;
    const counting = {
      ...xAdapter,
      findItemElements: (root: ParentNode) => {
        if (root === document) scans += 1;
        return xAdapter.findItemElements(root);
      },
    };
    const runtime = startContentRuntime(counting, controller.signal, options());
    await settle(runtime);
    classifyAsBackground(runtime);
    expect(scans).toBe(1);
    window.dispatchEvent(new Event('scroll'));
    await idle(SETTLE_MS + 300);
    expect(scans).toBe(1); // nothing changed, so nothing was missed
  });

  it('resets on SPA navigation and stops observing after abort', async () => {
    loadIntoDocument(spec('x-status-it'));
    const runtime = startContentRuntime(xAdapter, controller.signal, options());
    await settle(runtime);
    classifyAsBackground(runtime);
    const mentions = spec('x-mentions-en');
    history.pushState({}, '', mentions.url);
    const html = mentions.html();
    document.querySelector('main')!.outerHTML = html.slice(html.indexOf('<main'), html.indexOf('</main>') + 7);
    await idle(300);
    await settle(runtime);
    classifyAsBackground(runtime);
    expect(runtime.getSnapshot().items.map((t) => t.item.id)).toEqual(
      mentions.expected.filter((e) => !e.isOwn).map((e) => e.id),
    );
    expect(badges.shown().length).toBeGreaterThan(0);
    controller.abort();
    expect(document.querySelectorAll('[data-careside-badge-host]').length).toBe(0);
    const revision = runtime.getSnapshot().revision;
    document.querySelector('main')!.insertAdjacentHTML(
      'beforeend',
      spec('x-status-it')
        .html()
        .match(/<div data-testid="cellInnerDiv"[\s\S]*?<\/article><\/div><\/div><\/div>/)![0],
    );
    await idle();
    expect(runtime.getSnapshot().revision).toBe(revision);
  });
});

describe('content runtime on Facebook', () => {
  it("skips the Page's own comments and reads nested replies (unknown locale too)", async () => {
    const page = spec('facebook-post-unknown-locale');
    loadIntoDocument(page);
    const runtime = startContentRuntime(facebookAdapter, controller.signal, options());
    await settle(runtime);
    classifyAsBackground(runtime);
    const ids = runtime.getSnapshot().items.map((t) => t.item.id);
    expect(ids).toEqual(page.expected.filter((e) => !e.isOwn).map((e) => e.id));
    expect(
      runtime
        .getSnapshot()
        .items.filter((t) => t.item.isReply)
        .map((t) => t.item.inReplyToId),
    ).toEqual(['1123581321345501', '1123581321345509']);
  });

  it('counts the layout-changed comments as unreadable without throwing', async () => {
    loadIntoDocument(spec('facebook-post-layout-changed'));
    const runtime = startContentRuntime(facebookAdapter, controller.signal, options());
    await settle(runtime);
    classifyAsBackground(runtime);
    expect(runtime.getSnapshot().unreadableCount).toBe(3);
  });
});
