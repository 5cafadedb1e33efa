import { describe, expect, it, vi } from 'vitest';
import { createTabHub, portKind, type TabHubDeps } from '@/lib/background/tab-hub';
import type { Port } from '@/lib/background/tab-queue';
import type { PageItem } from '@/lib/shared/messaging/ports';
import { pageItem } from '../support/items';
import { defaultSettings } from '@/lib/shared/settings';
import type { BackgroundToPage, BackgroundToPanel } from '@/lib/shared/messaging/ports';
import type { ItemMark, PageSnapshot } from '@/lib/shared/model/queue';
import { applyQueueDelta, type QueueDelta } from '@/lib/shared/model/queue-delta';

const OWN_ID = 'careside-id';
const POLICY = { ownId: OWN_ID, extensionOrigin: `chrome-extension://${OWN_ID}/` };

/** A port as the browser hands it to onConnect, recording what the hub posts to it. */
function fakePort(name: string, sender: Partial<NonNullable<Port['sender']>>) {
  const listeners: ((message: unknown) => void)[] = [];
  const disconnects: (() => void)[] = [];
  const posted: unknown[] = [];
  const port = {
    name,
    sender: { id: OWN_ID, ...sender },
    onMessage: { addListener: (listener: (message: unknown) => void) => listeners.push(listener) },
    onDisconnect: { addListener: (listener: () => void) => disconnects.push(listener) },
    postMessage: (message: unknown) => posted.push(message),
    disconnect: vi.fn(),
  } as unknown as Port;
  return {
    port,
    posted: posted as (BackgroundToPage | BackgroundToPanel)[],
    send: (message: unknown) => listeners.forEach((listener) => listener(message)),
    close: () => disconnects.forEach((listener) => listener()),
  };
}

const EMPTY: PageSnapshot = { items: [], unreadableCount: 0, unreadTextCount: 0, revision: 0 };
const deltas = (posted: (BackgroundToPage | BackgroundToPanel)[]): QueueDelta[] =>
  posted.flatMap((m) => (m.type === 'queue' ? [m.delta] : []));
/** The queue as the panel has it: every delta it was sent, applied in order. */
const panelQueue = (posted: (BackgroundToPage | BackgroundToPanel)[]): PageSnapshot =>
  deltas(posted).reduce(applyQueueDelta, EMPTY);

const pagePort = (tabId = 7) =>
  fakePort('careside-page', { tab: { id: tabId } as never, frameId: 0, url: 'https://x.com/acme/status/1' });
const panelPort = (tabId = 7) =>
  fakePort('careside-panel', {
    tab: { id: tabId } as never,
    frameId: 3,
    url: 'chrome-extension://abc/panel.html?platform=x',
  });

const seen = pageItem;

function hub(settings = defaultSettings, onQueuesChanged?: () => void) {
  const logged: string[] = [];
  const deps: TabHubDeps = {
    ready: Promise.resolve(),
    settings: () => settings(),
    logSeen: async (items) => void logged.push(...items.map((t) => t.item.id)),
    marksAmong: async (_platform, ids) =>
      ids.flatMap((id): [string, ItemMark][] => (id === '2' ? [[id, 'handled']] : [])),
  };
  return { hub: createTabHub(deps, POLICY, onQueuesChanged), logged };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 80)); // past the marks' 50 ms settling
const items = (upserts: PageItem[], over: object = {}) => ({
  type: 'items',
  reset: false,
  upserts,
  visibility: [],
  unreadableCount: 0,
  ...over,
});

describe('which connections the tab hub accepts', () => {
  it('a page script from a site tab’s top frame, and our panel page framed in a tab; nothing else', () => {
    expect(portKind(pagePort().port, POLICY)).toEqual({ kind: 'page', tabId: 7 });
    expect(portKind(panelPort().port, POLICY)).toEqual({ kind: 'panel', tabId: 7 });
    const refused = [
      fakePort('careside-page', { tab: { id: 7 } as never, frameId: 2, url: 'https://x.com/' }), // a subframe
      fakePort('careside-page', { tab: { id: 7 } as never, frameId: 0, url: 'http://x.com/' }), // not https
      fakePort('careside-panel', { tab: { id: 7 } as never, url: 'https://x.com/panel.html' }), // a site page
      fakePort('careside-panel', { tab: { id: 7 } as never, url: 'chrome-extension://abc/options.html' }),
      fakePort('careside-page', { frameId: 0, url: 'https://x.com/' }), // no tab
      fakePort('careside-page', { tab: { id: 7 } as never, frameId: 0, url: 'https://evil.example/' }), // not a site of ours
      fakePort('careside-page', { tab: { id: 7 } as never, frameId: 3, url: 'chrome-extension://abc/panel.html' }), // the panel
      fakePort('careside-panel', { tab: { id: 7 } as never, frameId: 0, url: 'https://x.com/acme' }), // the page script
      fakePort('careside-panel', { url: 'chrome-extension://abc/panel.html' }), // not framed in a tab
      fakePort('careside-page', {
        id: 'another-extension',
        tab: { id: 7 } as never,
        frameId: 0,
        url: 'https://x.com/',
      }),
      fakePort('something-else', { tab: { id: 7 } as never, frameId: 0, url: 'https://x.com/' }),
    ];
    for (const { port } of refused) expect(portKind(port, POLICY), JSON.stringify(port.sender)).toBeNull();
    const { hub: h } = hub();
    h.connect(refused[0].port);
    expect(refused[0].port.disconnect).toHaveBeenCalled();
  });
});

describe('a tab’s queue', () => {
  it('classifies what the page read, answers with badges only, publishes the queue and logs new items', async () => {
    const { hub: h, logged } = hub();
    const page = pagePort();
    const panel = panelPort();
    h.connect(page.port);
    page.send({ type: 'hello', platform: 'x' });
    expect(page.posted[0]).toMatchObject({ type: 'config', badges: true });
    h.connect(panel.port);
    page.send(
      items([
        seen('1', 'Mi avete addebitato due volte la bolletta!'),
        seen('2', 'Grazie, tutto risolto'),
        seen('3', 'mine', { own: true }),
      ]),
    );
    await settle();
    const classified = page.posted.find((m) => m.type === 'classified');
    expect(classified && 'results' in classified && classified.results.map((r) => Object.keys(r.badge).sort())).toEqual(
      [
        ['category', 'sentimentLabel', 'troll', 'urgent'],
        ['category', 'sentimentLabel', 'troll', 'urgent'],
        ['category', 'sentimentLabel', 'troll', 'urgent'],
      ],
    );
    expect(panelQueue(panel.posted).items.map((t) => t.item.id)).toEqual(['1', '2']);
    expect(logged).toEqual(['1', '2']); // the brand's own item is not a customer item
    expect(page.posted).toContainEqual({ type: 'marks', marks: [['2', 'handled']] });
  });

  it('keeps a classification while the text is the same, takes visibility as numbers, and drops malformed input', async () => {
    const { hub: h } = hub();
    const page = pagePort();
    const panel = panelPort();
    h.connect(page.port);
    page.send({ type: 'hello', platform: 'x' });
    h.connect(panel.port);
    page.send(items([seen('1', 'Dove posso trovare la fattura?')]));
    await settle();
    page.send(items([seen('1', 'Dove posso trovare la fattura?')], { visibility: [['1', false, 99]] }));
    page.send({ type: 'items', upserts: 'not a list' });
    page.send(items([], { visibility: [['1', false, 123]] }));
    await settle();
    const answers = page.posted.filter((m) => m.type === 'classified');
    expect(answers).toHaveLength(1); // the same text is not classified again
    expect(panelQueue(panel.posted).items[0]).toMatchObject({ visible: false, lastSeenAt: 123 });
  });

  it('sends the panel only what changed; the whole queue when it connects or an item changes owner', async () => {
    const { hub: h } = hub();
    const page = pagePort();
    h.connect(page.port);
    page.send({ type: 'hello', platform: 'x' });
    page.send(items([seen('1', 'Dove posso trovare la fattura?'), seen('2', 'Grazie mille'), seen('3', 'Ciao')]));
    await settle();
    // A panel that connects late gets the whole queue at once.
    const panel = panelPort();
    h.connect(panel.port);
    expect(deltas(panel.posted)).toMatchObject([{ reset: true, removed: [] }]);
    expect(deltas(panel.posted)[0].upserts.map((t) => t.item.id)).toEqual(['1', '2', '3']);
    // A batch that changes one item and moves another off screen sends those two, not the queue.
    page.send(items([seen('2', 'Grazie mille, davvero')], { visibility: [['3', false, 50]] }));
    await settle();
    const batch = deltas(panel.posted).at(-1)!;
    expect(batch.reset).toBe(false);
    expect(batch.upserts.map((t) => t.item.id).sort()).toEqual(['2', '3']);
    // An item that becomes the user's own leaves the panel's queue; back as a customer's, the queue is re-sent.
    page.send(items([seen('1', 'Dove posso trovare la fattura?', { own: true })]));
    await settle();
    expect(deltas(panel.posted).at(-1)).toMatchObject({ reset: false, upserts: [], removed: ['1'] });
    expect(panelQueue(panel.posted).items.map((t) => t.item.id)).toEqual(['2', '3']);
    page.send(items([seen('1', 'Dove posso trovare la fattura?')]));
    await settle();
    expect(deltas(panel.posted).at(-1)!.reset).toBe(true);
    const queue = panelQueue(panel.posted);
    expect(queue.items.map((t) => t.item.id)).toEqual(['1', '2', '3']);
    expect(queue.items.find((t) => t.item.id === '2')!.item.text).toBe('Grazie mille, davvero');
    expect(queue.items.find((t) => t.item.id === '3')).toMatchObject({ visible: false, lastSeenAt: 50 });
  });

  it('relays the panel’s commands to its own tab’s page only, and the page’s events to its panel', async () => {
    const { hub: h } = hub();
    const [pageA, panelA, pageB] = [pagePort(1), panelPort(1), pagePort(2)];
    for (const p of [pageA, pageB]) {
      h.connect(p.port);
      p.send({ type: 'hello', platform: 'x' });
    }
    h.connect(panelA.port);
    panelA.send({ type: 'reveal', id: '9' });
    panelA.send({ type: 'insertReply', request: 1, id: '9' }); // no text: malformed, dropped
    expect(pageA.posted).toContainEqual({ type: 'command', command: { type: 'reveal', id: '9' } });
    expect(pageA.posted.filter((m) => m.type === 'command')).toHaveLength(1);
    expect(pageB.posted.filter((m) => m.type === 'command')).toEqual([]);
    pageA.send({ type: 'badgeClick', id: '9' });
    expect(panelA.posted).toContainEqual({ type: 'badgeClick', id: '9' });
    pageA.close();
    expect(panelA.posted.at(-1)).toEqual({ type: 'pageGone' });
  });

  it('a badge clicked before the panel has connected selects its item once the panel does', () => {
    const { hub: h } = hub();
    const page = pagePort();
    h.connect(page.port);
    page.send({ type: 'hello', platform: 'x' });
    page.send({ type: 'badgeClick', id: '5' });
    const panel = panelPort();
    h.connect(panel.port);
    expect(panel.posted.filter((m) => m.type === 'badgeClick')).toEqual([{ type: 'badgeClick', id: '5' }]);
    const again = panelPort();
    h.connect(again.port); // a reloaded panel does not get it twice
    expect(again.posted.filter((m) => m.type === 'badgeClick')).toEqual([]);
  });

  it('a panel that reconnects before its page (a worker restart) is attached on hello and gets the whole queue', async () => {
    const { hub: h } = hub();
    // The fresh worker: the panel reconnects after 300 ms, the page after 500 ms.
    const panel = panelPort();
    h.connect(panel.port);
    expect(panel.posted).toEqual([]); // no tab yet
    const page = pagePort();
    h.connect(page.port);
    page.send({ type: 'hello', platform: 'x' });
    page.send({ type: 'theme', theme: 'dark' });
    expect(panel.posted.slice(0, 2)).toMatchObject([
      { type: 'theme', theme: 'light' },
      { type: 'queue', delta: { reset: true, upserts: [] } },
    ]);
    page.send(items([seen('1', 'Dove posso trovare la fattura?'), seen('2', 'Grazie mille')], { reset: true }));
    await settle();
    expect(panelQueue(panel.posted).items.map((t) => t.item.id)).toEqual(['1', '2']);
    expect(panel.posted).toContainEqual({ type: 'theme', theme: 'dark' });
    // Badge clicks reach it at once, with nothing left waiting.
    page.send({ type: 'badgeClick', id: '2' });
    expect(panel.posted.at(-1)).toEqual({ type: 'badgeClick', id: '2' });
    h.toggle(7);
    expect(panel.posted.at(-1)).toEqual({ type: 'toggle' });
  });

  it('settings: the page gets new options only when its own options change; items are classified again in place', async () => {
    let settings = defaultSettings();
    const { hub: h } = hub(() => settings);
    const page = pagePort();
    const panel = panelPort();
    h.connect(page.port);
    h.connect(panel.port);
    page.send({ type: 'hello', platform: 'x' });
    page.send(items([seen('1', 'Il mio ordine è in ritardo di una settimana'), seen('2', 'Grazie mille')]));
    await settle();
    const configs = () => page.posted.filter((m) => m.type === 'config');
    const classifiedCount = () => page.posted.filter((m) => m.type === 'classified').length;
    const before = classifiedCount();
    const queueMessages = deltas(panel.posted).length;

    // The panel's side is nothing to the page: no new options, no badge changes.
    settings = { ...settings, tone: { ...settings.tone, panelSide: 'left' } };
    h.settingsChanged();
    await settle();
    expect(configs()).toHaveLength(1);
    expect(classifiedCount()).toBe(before);
    expect(deltas(panel.posted)).toHaveLength(queueMessages);

    // A watched keyword is the page's business: new options, once.
    settings = { ...settings, monitoring: { ...settings.monitoring, keywords: ['ordine'] } };
    h.settingsChanged();
    h.settingsChanged();
    await settle();
    expect(configs()).toHaveLength(2);
    expect(configs().at(-1)).toMatchObject({ monitorKeywords: ['ordine'] });

    // Brand names are watched like keywords (once each, whatever the case); the response target and the UI
    // language reach the badges.
    settings = { ...settings, brand: { ...settings.brand, names: ['Acme', 'ORDINE'] } };
    settings = { ...settings, sla: { ...settings.sla, x: { targetMinutes: 90 } } };
    settings = { ...settings, tone: { ...settings.tone, uiLanguage: 'it' } };
    h.settingsChanged();
    await settle();
    expect(configs()).toHaveLength(3);
    expect(configs().at(-1)).toMatchObject({
      monitorKeywords: ['ordine', 'Acme'],
      slaMinutes: 90,
      labels: { sla_late: 'in ritardo', cat_complaint: 'reclamo' },
    });
  });

  it("after the panel's action the page gets the item's mark from the database, or null when it has none", async () => {
    const { hub: h } = hub();
    const page = pagePort();
    const panel = panelPort();
    h.connect(page.port);
    h.connect(panel.port);
    page.send({ type: 'hello', platform: 'x' });
    panel.send({ type: 'markHandled', id: '2' });
    panel.send({ type: 'markHandled', id: '7' });
    await settle();
    expect(page.posted).toContainEqual({ type: 'marks', marks: [['2', 'handled']] });
    expect(page.posted).toContainEqual({ type: 'marks', marks: [['7', null]] });
  });

  it('after a database write, each page hears only of the marks that changed (a follow-up closed, a wipe)', async () => {
    const marks = new Map<string, ItemMark>([['1', 'waiting']]);
    const deps: TabHubDeps = {
      ready: Promise.resolve(),
      settings: defaultSettings,
      logSeen: async () => {},
      marksAmong: async (_platform, ids) =>
        ids.flatMap((id): [string, ItemMark][] => (marks.has(id) ? [[id, marks.get(id)!]] : [])),
    };
    const h = createTabHub(deps, POLICY);
    const page = pagePort();
    h.connect(page.port);
    page.send({ type: 'hello', platform: 'x' });
    page.send(items([seen('1', 'Il mio ordine è in ritardo'), seen('2', 'Grazie'), seen('3', 'mine', { own: true })]));
    await settle();
    const sent = () => page.posted.filter((m) => m.type === 'marks');
    expect(sent()).toEqual([{ type: 'marks', marks: [['1', 'waiting']] }]);

    h.dataChanged(); // nothing changed for this tab
    await settle();
    expect(sent()).toHaveLength(1);

    marks.set('1', 'escalated'); // the answer came back: the follow-up closed
    marks.set('2', 'handled');
    h.dataChanged();
    await settle();
    expect(sent().at(-1)).toEqual({
      type: 'marks',
      marks: [
        ['1', 'escalated'],
        ['2', 'handled'],
      ],
    });

    marks.clear(); // everything deleted
    h.dataChanged();
    await settle();
    expect(sent().at(-1)).toEqual({
      type: 'marks',
      marks: [
        ['1', null],
        ['2', null],
      ],
    });
  });
});

describe('what the toolbar badge counts', () => {
  it('every tab’s urgent customer items, a change signal per batch and per closed tab, and selection from outside', async () => {
    const changes = vi.fn();
    const { hub: h } = hub(defaultSettings, changes);
    const [x, fb] = [pagePort(7), pagePort(8)];
    h.connect(x.port);
    h.connect(fb.port);
    x.send({ type: 'hello', platform: 'x' });
    fb.send({ type: 'hello', platform: 'x' });
    const billing = 'Mi avete addebitato due volte la bolletta!';
    x.send(items([seen('1', billing), seen('2', 'Grazie, tutto risolto'), seen('3', billing, { own: true })]));
    fb.send(items([seen('1', billing)]));
    await settle();
    expect(changes).toHaveBeenCalledTimes(2);
    const urgent = h.urgentItems(Date.now());
    expect(urgent.map((item) => `${item.tabId}:${item.id}`)).toEqual(['7:1', '8:1']);
    expect(h.tabsWithItem('x', '1')).toEqual([7, 8]);
    expect(h.tabsWithItem('facebook', '1')).toEqual([]);

    // A notification's click: the badge click's path (pending until the panel connects) and the page reveals it.
    h.selectItem(7, '1');
    expect(x.posted).toContainEqual({ type: 'command', command: { type: 'reveal', id: '1' } });
    const panel = panelPort(7);
    h.connect(panel.port);
    expect(panel.posted.filter((m) => m.type === 'badgeClick')).toEqual([{ type: 'badgeClick', id: '1' }]);

    fb.close();
    expect(changes).toHaveBeenCalledTimes(3);
    expect(h.urgentItems(Date.now()).map((item) => item.tabId)).toEqual([7]);
  });
});
