/**
 * The background's side of each tab: the page script's port and the panel frame's port. It classifies what the
 * page read (the weights live here, not on the page), owns the tab's queue, logs items as seen, tells the page
 * which items are handled, and relays between panel and page, which never talk directly.
 */
import { browser, type Browser } from 'wxt/browser';
import type { Classification } from '@/lib/shared/classify/types';
import { classifyItem } from '@/lib/shared/classify/classify-item';
import { emptyClassification } from '@/lib/shared/classify/empty';
import type { BadgeFacts, ClassifiedText, PageSnapshot, TrackedItem } from '@/lib/shared/model/queue';
import type { BackgroundToPage, BackgroundToPanel, PageItem } from '@/lib/shared/messaging/ports';
import { pageMessageSchema, panelCommandSchema } from '@/lib/shared/messaging/ports';
import { PAGE_PORT, PANEL_PORT } from '@/lib/shared/messaging/port-names';
import type { Platform } from '@/lib/shared/model/social-item';
import type { Settings } from '@/lib/shared/settings';

type Port = Browser.runtime.Port;

interface Tab {
  platform: Platform;
  page: Port;
  panel?: Port;
  items: Map<string, TrackedItem>;
  own: Set<string>;
  unreadableCount: number;
  revision: number;
  theme: 'light' | 'dark';
  snapshot?: PageSnapshot;
}

export interface TabHubDeps {
  /** Resolves once the classifier's weights are installed. */
  ready: Promise<void>;
  settings(): Settings;
  logSeen(items: TrackedItem[]): Promise<void>;
  handledAmong(platform: Platform, ids: string[]): Promise<string[]>;
}

const tabs = new Map<number, Tab>();

function post(port: Port | undefined, message: BackgroundToPage | BackgroundToPanel): void {
  try {
    port?.postMessage(message);
  } catch {
    // the other side went away; its disconnect handler cleans up
  }
}

/** What a badge shows (category, urgency, troll): the page gets only that, not the reasons and scores. */
const badgeFacts = (c: Classification): BadgeFacts => ({
  category: c.category,
  troll: c.troll,
  urgent: { flag: c.urgent.flag },
});

/** What the page script needs from settings: badges on or off, whose items are the brand's, what to watch. */
function configFor(platform: Platform, settings: Settings): BackgroundToPage {
  return {
    type: 'config',
    badges: settings.tone.badges,
    ownHandles: settings.brand.ownHandles[platform],
    monitorKeywords: settings.monitoring.keywords,
  };
}

function snapshotOf(tab: Tab): PageSnapshot {
  if (!tab.snapshot) {
    const items = [...tab.items.values()].filter((tracked) => !tab.own.has(tracked.item.id));
    tab.snapshot = {
      items,
      unreadableCount: tab.unreadableCount,
      unreadTextCount: items.filter((tracked) => tracked.readState === 'unread').length,
      revision: tab.revision,
    };
  }
  return tab.snapshot;
}

function publish(tab: Tab): void {
  tab.revision += 1;
  tab.snapshot = undefined;
  post(tab.panel, { type: 'snapshot', snapshot: snapshotOf(tab) });
}

/** Classifies new or changed texts (the same text keeps its classification), then publishes the queue. */
async function receiveItems(tab: Tab, upserts: PageItem[], deps: TabHubDeps, reclassify = false): Promise<void> {
  await deps.ready;
  const settings = deps.settings();
  const results: ClassifiedText[] = [];
  const fresh: TrackedItem[] = [];
  for (const seen of upserts) {
    const { item, own, ...state } = seen;
    const previous = tab.items.get(item.id);
    let classification = previous?.classification;
    if (!classification || reclassify || previous?.item.text !== item.text) {
      classification = state.readState === 'read' ? classifyItem(item, settings) : emptyClassification();
      if (state.readState === 'read') results.push({ id: item.id, text: item.text, badge: badgeFacts(classification) });
    }
    const tracked: TrackedItem = { ...state, item, classification };
    tab.items.set(item.id, tracked);
    if (own) tab.own.add(item.id);
    else tab.own.delete(item.id);
    if (!previous && !own) fresh.push(tracked);
  }
  if (results.length > 0) post(tab.page, { type: 'classified', results });
  publish(tab);
  if (fresh.length > 0) {
    void deps.logSeen(fresh).catch(() => {});
    const handled = await deps
      .handledAmong(
        tab.platform,
        fresh.map((t) => t.item.id),
      )
      .catch(() => []);
    if (handled.length > 0) post(tab.page, { type: 'handled', ids: handled });
  }
}

function onPage(tabId: number, port: Port, deps: TabHubDeps): void {
  let tab: Tab | undefined;
  // One message at a time: classification of a batch finishes before the next batch is applied.
  let queue = Promise.resolve();
  port.onMessage.addListener((raw: unknown) => {
    const parsed = pageMessageSchema.safeParse(raw);
    if (!parsed.success) return console.warn('CareSide: dropped a malformed message from a page');
    const message = parsed.data;
    if (message.type === 'hello') {
      const panel = tabs.get(tabId)?.panel;
      tab = {
        platform: message.platform,
        page: port,
        panel,
        items: new Map(),
        own: new Set(),
        unreadableCount: 0,
        revision: 0,
        theme: 'light',
      };
      tabs.set(tabId, tab);
      post(port, configFor(message.platform, deps.settings()));
      return;
    }
    const current = tab;
    if (!current) return;
    if (message.type === 'items') {
      queue = queue.then(() => {
        if (message.reset) {
          current.items.clear();
          current.own.clear();
        }
        current.unreadableCount = message.unreadableCount;
        for (const [id, visible, lastSeenAt] of message.visibility) {
          const tracked = current.items.get(id);
          if (tracked) current.items.set(id, { ...tracked, visible, lastSeenAt });
        }
        return receiveItems(current, message.upserts, deps);
      });
    } else if (message.type === 'theme') {
      current.theme = message.theme;
      post(current.panel, message);
    } else post(current.panel, message);
  });
  port.onDisconnect.addListener(() => {
    if (tabs.get(tabId)?.page !== port) return;
    post(tabs.get(tabId)?.panel, { type: 'pageGone' });
    tabs.delete(tabId);
  });
}

function onPanel(tabId: number, port: Port): void {
  const tab = tabs.get(tabId);
  if (tab) {
    tab.panel = port;
    post(port, { type: 'theme', theme: tab.theme });
    post(port, { type: 'snapshot', snapshot: snapshotOf(tab) });
  }
  port.onMessage.addListener((raw: unknown) => {
    const parsed = panelCommandSchema.safeParse(raw);
    if (parsed.success) post(tabs.get(tabId)?.page, { type: 'command', command: parsed.data });
  });
  port.onDisconnect.addListener(() => {
    const current = tabs.get(tabId);
    if (current?.panel === port) current.panel = undefined;
  });
}

/** The browser command (Alt+Shift+C): the page brings its frame forward, the panel opens or closes. */
export function togglePanel(tabId: number): void {
  const tab = tabs.get(tabId);
  post(tab?.page, { type: 'toggle' });
  post(tab?.panel, { type: 'toggle' });
}

/** Settings changed: badges on or off, and every item classified again with the new topics and names. */
export function onSettingsChanged(deps: TabHubDeps): void {
  for (const tab of tabs.values()) {
    post(tab.page, configFor(tab.platform, deps.settings()));
    const all = [...tab.items.values()].map(({ classification: _, ...t }) => ({ ...t, own: tab.own.has(t.item.id) }));
    void receiveItems(tab, all, deps, true);
  }
}

/** Parses a sender's URL; null when there is none. */
function urlOf(sender: Browser.runtime.MessageSender): URL | null {
  try {
    return new URL(sender.url ?? '');
  } catch {
    return null;
  }
}

export function startTabHub(deps: TabHubDeps): void {
  browser.runtime.onConnect.addListener((port) => {
    const sender = port.sender;
    const tabId = sender?.tab?.id;
    if (!sender || sender.id !== browser.runtime.id || tabId === undefined) return port.disconnect();
    const url = urlOf(sender);
    // The page script runs in the top frame of a site's tab; the panel is our own page framed in that tab
    // (its host is a per-session id where the browser supports use_dynamic_url, so only the path is checked).
    if (port.name === PAGE_PORT && sender.frameId === 0 && url?.protocol === 'https:') return onPage(tabId, port, deps);
    if (
      port.name === PANEL_PORT &&
      /^(chrome|moz)-extension:$/.test(url?.protocol ?? '') &&
      url?.pathname === '/panel.html'
    )
      return onPanel(tabId, port);
    console.warn(`CareSide: refused a "${port.name}" connection from ${sender.url ?? 'an unknown sender'}`);
    port.disconnect();
  });
}
