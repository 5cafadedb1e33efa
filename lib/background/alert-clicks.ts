/**
 * A notification's click: the tab that shows the item comes forward (tab and window) and its panel selects the
 * item, by the same path as a click on the item's badge (tab-hub.ts `selectItem`); an overdue follow-up whose
 * item no tab shows opens the options page's follow-up list.
 */
import { browser } from 'wxt/browser';
import { parseNotificationId, routeClick } from '@/lib/shared/alerts/notification-target';
import type { Platform } from '@/lib/shared/model/social-item';

export interface ClickDeps {
  tabsWithItem(platform: Platform, itemId: string): number[];
  selectItem(tabId: number, itemId: string): void;
  /** Activates a tab; resolves with its window's id. */
  focusTab(tabId: number): Promise<number | undefined>;
  focusWindow(windowId: number): Promise<void>;
  openFollowUpsPage(): Promise<void>;
  clear(notificationId: string): Promise<void>;
}

export async function onNotificationClicked(notificationId: string, deps: ClickDeps): Promise<void> {
  const target = parseNotificationId(notificationId);
  if (!target) return;
  await deps.clear(notificationId).catch(() => {});
  const route = routeClick(target, deps.tabsWithItem);
  if (route.kind === 'tab') {
    const windowId = await deps.focusTab(route.tabId);
    if (windowId !== undefined) await deps.focusWindow(windowId);
    deps.selectItem(route.tabId, route.itemId);
  } else if (route.kind === 'followups') await deps.openFollowUpsPage();
}

/** Routes our notifications' clicks through the tab hub and the browser's tabs and windows. */
export function listenForNotificationClicks(hub: Pick<ClickDeps, 'tabsWithItem' | 'selectItem'>): void {
  const deps: ClickDeps = {
    tabsWithItem: hub.tabsWithItem,
    selectItem: hub.selectItem,
    focusTab: async (tabId) => (await browser.tabs.update(tabId, { active: true }))?.windowId,
    focusWindow: async (windowId) => void (await browser.windows.update(windowId, { focused: true })),
    openFollowUpsPage: async () =>
      void (await browser.tabs.create({ url: browser.runtime.getURL('/options.html#followups') })),
    clear: async (notificationId) => void (await browser.notifications.clear(notificationId)),
  };
  browser.notifications.onClicked.addListener((id) => {
    void onNotificationClicked(id, deps).catch((error: unknown) =>
      console.warn('CareSide: could not open what a notification was about', error),
    );
  });
}
