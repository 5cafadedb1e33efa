/**
 * The background's side of each tab: the page script's port and the panel frame's port. It accepts only those
 * two kinds of connection, keeps each tab's queue (tab-queue.ts), and relays between panel and page, which
 * never talk directly. Messages from the page are parsed with the ports' schemas; what doesn't fit is dropped.
 */
import { pageMessageSchema, panelCommandSchema } from '@/lib/shared/messaging/ports';
import { PAGE_PORT, PANEL_PORT } from '@/lib/shared/messaging/port-names';
import {
  applyItems,
  configFor,
  newTab,
  post,
  queueWork,
  reclassify,
  sameConfig,
  takeQueueDelta,
  type Port,
  type Tab,
  type TabHubDeps,
} from './tab-queue';
import { describeSender, senderContext, type SenderPolicy } from './sender-context';
import { urgentOfTab, type UrgentItem } from '@/lib/shared/alerts/count';
import type { Platform } from '@/lib/shared/model/social-item';
import { sendMarks } from './tab-marks';

export type { TabHubDeps } from './tab-queue';

/** How long the marks wait for more database writes before they are read again. */
const MARKS_SETTLE_MS = 50;

/**
 * Which kind of connection a port is, from what the browser says of its sender (never from the message): a
 * page port must come from a page script (a content script in the top frame of a matched site's tab), a panel
 * port from our panel page framed in a tab (sender-context.ts).
 */
export function portKind(port: Port, policy: SenderPolicy): { kind: 'page' | 'panel'; tabId: number } | null {
  const context = senderContext(port.sender, policy);
  const tabId = port.sender?.tab?.id;
  if (tabId === undefined) return null;
  if (port.name === PAGE_PORT && context === 'page') return { kind: 'page', tabId };
  if (port.name === PANEL_PORT && context === 'panel') return { kind: 'panel', tabId };
  return null;
}

/** `onQueuesChanged`: after any tab's queue changed or a tab went away (the toolbar badge counts them all). */
export function createTabHub(deps: TabHubDeps, policy: SenderPolicy, onQueuesChanged: () => void = () => {}) {
  const tabs = new Map<number, Tab>();
  let marksTimer: ReturnType<typeof setTimeout> | undefined;
  /**
   * Panel ports by tab, apart from the tabs: after a worker restart the panel (reconnecting after 300 ms) may
   * arrive before its page's hello (500 ms), when there is no tab yet to hold it.
   */
  const panels = new Map<number, Port>();

  /** The panel gets everything it shows: the page's theme and the whole queue. */
  const sendAll = (tab: Tab, panel: Port): void => {
    post(panel, { type: 'theme', theme: tab.theme });
    post(panel, { type: 'queue', delta: takeQueueDelta(tab, true) });
  };

  const onPage = (tabId: number, port: Port): void => {
    let tab: Tab | undefined;
    port.onMessage.addListener((raw: unknown) => {
      const parsed = pageMessageSchema.safeParse(raw);
      if (!parsed.success) return console.warn('CareSide: dropped a malformed message from a page');
      const message = parsed.data;
      if (message.type === 'hello') {
        const panel = panels.get(tabId);
        tab = newTab(message.platform, port, panel);
        tabs.set(tabId, tab);
        tab.config = configFor(message.platform, deps.settings());
        post(port, tab.config);
        if (panel) sendAll(tab, panel);
        return;
      }
      const current = tab;
      if (!current) return;
      if (message.type === 'items')
        queueWork(current, async () => {
          await applyItems(current, message, deps);
          onQueuesChanged();
        });
      else {
        if (message.type === 'theme') current.theme = message.theme;
        if (message.type === 'badgeClick' && !current.panel) current.pendingBadgeClick = message.id;
        post(current.panel, message);
      }
    });
    port.onDisconnect.addListener(() => {
      if (tabs.get(tabId)?.page !== port) return;
      post(panels.get(tabId), { type: 'pageGone' });
      tabs.delete(tabId);
      onQueuesChanged();
    });
  };

  const onPanel = (tabId: number, port: Port): void => {
    panels.set(tabId, port);
    const tab = tabs.get(tabId);
    if (tab) {
      tab.panel = port;
      sendAll(tab, port);
      if (tab.pendingBadgeClick) post(port, { type: 'badgeClick', id: tab.pendingBadgeClick });
      tab.pendingBadgeClick = undefined;
    }
    port.onMessage.addListener((raw: unknown) => {
      const parsed = panelCommandSchema.safeParse(raw);
      if (!parsed.success) return;
      const tab = tabs.get(tabId);
      post(tab?.page, { type: 'command', command: parsed.data });
      // The panel logged an action (handled, escalated): the badge shows what the database now says of the item.
      const command = parsed.data;
      if (tab && command.type === 'markHandled') queueWork(tab, () => sendMarks(tab, deps, [command.id], true));
    });
    port.onDisconnect.addListener(() => {
      if (panels.get(tabId) !== port) return;
      panels.delete(tabId);
      const current = tabs.get(tabId);
      if (current?.panel === port) current.panel = undefined;
    });
  };

  return {
    /** For runtime.onConnect: accepts a page script's or a panel's port, refuses (and logs) anything else. */
    connect(port: Port): void {
      const accepted = portKind(port, policy);
      if (accepted?.kind === 'page') return onPage(accepted.tabId, port);
      if (accepted?.kind === 'panel') return onPanel(accepted.tabId, port);
      const from = describeSender(port.sender, senderContext(port.sender, policy));
      console.warn(`CareSide: refused a "${port.name}" connection from ${from}`);
      port.disconnect();
    },
    /** The browser command (Alt+Shift+C): the page brings its frame forward, the panel opens or closes. */
    toggle(tabId: number): void {
      post(tabs.get(tabId)?.page, { type: 'toggle' });
      post(panels.get(tabId), { type: 'toggle' });
    },
    /**
     * The database changed (the data revision moved): each page hears of the marks that changed. A burst of
     * writes (handling several items, an import) is read once after it, not once per write competing with them.
     */
    dataChanged(): void {
      if (marksTimer !== undefined) return;
      marksTimer = setTimeout(() => {
        marksTimer = undefined;
        for (const tab of tabs.values()) queueWork(tab, () => sendMarks(tab, deps));
      }, MARKS_SETTLE_MS);
    },
    /**
     * Settings changed: the page gets new options only when what it uses of them changed (a new panel side or
     * language is nothing to it, and new options make it re-mark every item), and the background classifies
     * its items again in place, with the new topics, telling the page only of the badges that changed.
     */
    settingsChanged(): void {
      const settings = deps.settings();
      for (const tab of tabs.values()) {
        const config = configFor(tab.platform, settings);
        if (!sameConfig(config, tab.config)) {
          tab.config = config;
          post(tab.page, config);
        }
        queueWork(tab, async () => {
          await reclassify(tab, deps);
          onQueuesChanged();
        });
      }
    },
    /** Every tab's urgent customer items, as each panel counts them. */
    urgentItems(now: number): UrgentItem[] {
      return [...tabs].flatMap(([tabId, tab]) => urgentOfTab(tabId, tab.platform, tab.items.values(), tab.own, now));
    },
    /** The tabs whose queue holds an item. */
    tabsWithItem(platform: Platform, itemId: string): number[] {
      return [...tabs].filter(([, tab]) => tab.platform === platform && tab.items.has(itemId)).map(([id]) => id);
    },
    /**
     * Selects an item in a tab's panel from outside the page (a notification's click), by the badge click's own
     * path: the panel opens and selects it (or does once its frame connects); the page scrolls it into view.
     */
    selectItem(tabId: number, itemId: string): void {
      const tab = tabs.get(tabId);
      if (!tab) return;
      if (tab.panel) post(tab.panel, { type: 'badgeClick', id: itemId });
      else tab.pendingBadgeClick = itemId;
      post(tab.page, { type: 'command', command: { type: 'reveal', id: itemId } });
    },
  };
}
