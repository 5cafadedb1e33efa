/**
 * A notification's id says what it is about, so its click needs no stored state (the worker may have restarted
 * since): `careside|item|<tabId>|<platform>|<itemId>` or `careside|followup|<platform>|<itemId>`.
 */
import { PLATFORMS, type Platform } from '@/lib/shared/model/social-item';
import { itemKey, type FollowUpDue } from './count';
import type { Alert } from './notify';

export type NotificationTarget =
  | { kind: 'item'; tabId: number; platform: Platform; itemId: string }
  | { kind: 'followup'; platform: Platform; itemId: string };

const PREFIX = 'careside';

export function notificationId(alert: Alert): string {
  if (alert.kind === 'item') return [PREFIX, 'item', alert.item.tabId, alert.item.platform, alert.item.id].join('|');
  return [PREFIX, 'followup', alert.followUp.platform, alert.followUp.itemId].join('|');
}

const isPlatform = (value: string | undefined): value is Platform =>
  value !== undefined && (PLATFORMS as readonly string[]).includes(value);

/** The target of one of our notification ids; null for anything else. */
export function parseNotificationId(id: string): NotificationTarget | null {
  const parts = id.split('|');
  if (parts[0] !== PREFIX) return null;
  // An id never holds '|' on today's sites; if one did, it is the rest of the string.
  if (parts[1] === 'item' && parts.length >= 5) {
    const tabId = Number(parts[2]);
    const [platform, itemId] = [parts[3], parts.slice(4).join('|')];
    if (!parts[2] || !Number.isInteger(tabId) || !isPlatform(platform) || !itemId) return null;
    return { kind: 'item', tabId, platform, itemId };
  }
  if (parts[1] === 'followup' && parts.length >= 4) {
    const [platform, itemId] = [parts[2], parts.slice(3).join('|')];
    if (!isPlatform(platform) || !itemId) return null;
    return { kind: 'followup', platform, itemId };
  }
  return null;
}

export type ClickRoute = { kind: 'tab'; tabId: number; itemId: string } | { kind: 'followups' } | { kind: 'none' };

/**
 * Where a click goes: to the tab that shows the item now (the one it was seen in, if it still does), where the
 * panel selects it; a follow-up whose item no tab shows opens the options page's follow-up list; an urgent item
 * whose tab went away has nowhere to go.
 */
export function routeClick(
  target: NotificationTarget,
  tabsWithItem: (platform: Platform, itemId: string) => number[],
): ClickRoute {
  const tabs = tabsWithItem(target.platform, target.itemId);
  const tabId = target.kind === 'item' && tabs.includes(target.tabId) ? target.tabId : tabs[0];
  if (tabId !== undefined) return { kind: 'tab', tabId, itemId: target.itemId };
  return target.kind === 'followup' ? { kind: 'followups' } : { kind: 'none' };
}

/**
 * Our notifications whose work is done: the item was handled, the follow-up closed or moved to a new wait. They
 * are withdrawn so the OS's list holds only live work. An item that is only missing from the tabs for now (a
 * reload, a closed tab) keeps its notification: it is still work, and would not be announced again.
 */
export function staleNotifications(
  ids: readonly string[],
  handled: ReadonlySet<string>,
  overdue: readonly FollowUpDue[],
): string[] {
  const late = new Set(overdue.map((row) => itemKey(row.platform, row.itemId)));
  return ids.filter((id) => {
    const target = parseNotificationId(id);
    if (!target) return false;
    const key = itemKey(target.platform, target.itemId);
    return target.kind === 'item' ? handled.has(key) : !late.has(key);
  });
}
