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
  takeQueueDelta,
  type Port,
  type Tab,
  type TabHubDeps,
} from './tab-queue';
import { describeSender, senderContext, type SenderPolicy } from './sender-context';

export type { TabHubDeps } from './tab-queue';

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

export function createTabHub(deps: TabHubDeps, policy: SenderPolicy) {
  const tabs = new Map<number, Tab>();

  const onPage = (tabId: number, port: Port): void => {
    let tab: Tab | undefined;
    port.onMessage.addListener((raw: unknown) => {
      const parsed = pageMessageSchema.safeParse(raw);
      if (!parsed.success) return console.warn('CareSide: dropped a malformed message from a page');
      const message = parsed.data;
      if (message.type === 'hello') {
        tab = newTab(message.platform, port, tabs.get(tabId)?.panel);
        tabs.set(tabId, tab);
        post(port, configFor(message.platform, deps.settings()));
        return;
      }
      const current = tab;
      if (!current) return;
      if (message.type === 'items') queueWork(current, () => applyItems(current, message, deps));
      else {
        if (message.type === 'theme') current.theme = message.theme;
        if (message.type === 'badgeClick' && !current.panel) current.pendingBadgeClick = message.id;
        post(current.panel, message);
      }
    });
    port.onDisconnect.addListener(() => {
      if (tabs.get(tabId)?.page !== port) return;
      post(tabs.get(tabId)?.panel, { type: 'pageGone' });
      tabs.delete(tabId);
    });
  };

  const onPanel = (tabId: number, port: Port): void => {
    const tab = tabs.get(tabId);
    if (tab) {
      tab.panel = port;
      post(port, { type: 'theme', theme: tab.theme });
      post(port, { type: 'queue', delta: takeQueueDelta(tab, true) });
      if (tab.pendingBadgeClick) post(port, { type: 'badgeClick', id: tab.pendingBadgeClick });
      tab.pendingBadgeClick = undefined;
    }
    port.onMessage.addListener((raw: unknown) => {
      const parsed = panelCommandSchema.safeParse(raw);
      if (parsed.success) post(tabs.get(tabId)?.page, { type: 'command', command: parsed.data });
    });
    port.onDisconnect.addListener(() => {
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
      const tab = tabs.get(tabId);
      post(tab?.page, { type: 'toggle' });
      post(tab?.panel, { type: 'toggle' });
    },
    /** Settings changed: new options for the pages, and every item classified again with the new topics. */
    settingsChanged(): void {
      for (const tab of tabs.values()) {
        post(tab.page, configFor(tab.platform, deps.settings()));
        queueWork(tab, () => {
          const upserts = [...tab.items.values()].map(({ classification: _, ...t }) => ({
            ...t,
            own: tab.own.has(t.item.id),
          }));
          const change = { reset: false, upserts, visibility: [], unreadableCount: tab.unreadableCount };
          return applyItems(tab, change, deps, true);
        });
      }
    },
  };
}
