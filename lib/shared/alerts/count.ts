/**
 * What the toolbar badge counts, across every open tab of both sites: urgent items still open, plus open
 * follow-ups past their due time (from the database). Pure, so it is unit-tested without a browser.
 */
import type { Category } from '@/lib/shared/model/categories';
import type { TrackedItem } from '@/lib/shared/model/queue';
import type { Platform } from '@/lib/shared/model/social-item';
import { isRecent } from '@/lib/shared/triage/queue';

/** An urgent item in a tab's queue, with what a notification may say of it (never its text or author). */
export interface UrgentItem {
  tabId: number;
  platform: Platform;
  id: string;
  category: Category;
  /** Critical-topic ids that made it urgent. */
  topics: string[];
}

export interface FollowUpDue {
  platform: Platform;
  itemId: string;
  dueAt: number;
  status: 'open' | 'closed';
  waitingOn: { kind: 'department'; department: string } | { kind: 'customer' };
}

export interface AlertCounts {
  /** Urgent items not handled (one per item, however many tabs show it), in the order the tabs listed them. */
  urgent: UrgentItem[];
  /** Open follow-ups past their due time. */
  overdue: FollowUpDue[];
}

export const itemKey = (platform: Platform, id: string): string => `${platform}:${id}`;

/**
 * A tab's urgent items as its panel counts them: read and classified urgent, a customer's (not the brand's
 * own), on screen or seen in the last minutes (the panel's "recent" rule, so badge and panel agree).
 */
export function urgentOfTab(
  tabId: number,
  platform: Platform,
  items: Iterable<TrackedItem>,
  own: ReadonlySet<string>,
  now: number,
): UrgentItem[] {
  const urgent: UrgentItem[] = [];
  for (const tracked of items) {
    const { item, classification } = tracked;
    if (tracked.readState !== 'read' || !classification.urgent.flag || own.has(item.id)) continue;
    if (!isRecent(tracked, now)) continue;
    urgent.push({
      tabId,
      platform,
      id: item.id,
      category: classification.category,
      topics: classification.urgent.topics,
    });
  }
  return urgent;
}

/**
 * Urgent items minus those handled, each item once; an item whose follow-up is overdue is counted there only
 * (the panel shows it as urgent again, and it is one piece of work).
 */
export function countAlerts(
  urgent: readonly UrgentItem[],
  handled: ReadonlySet<string>,
  followUps: readonly FollowUpDue[],
  now: number,
): AlertCounts {
  const overdue = followUps.filter((row) => row.status === 'open' && now >= row.dueAt);
  const overdueKeys = new Set(overdue.map((row) => itemKey(row.platform, row.itemId)));
  const seen = new Set<string>();
  const open: UrgentItem[] = [];
  for (const item of urgent) {
    const key = itemKey(item.platform, item.id);
    if (seen.has(key) || handled.has(key) || overdueKeys.has(key)) continue;
    seen.add(key);
    open.push(item);
  }
  return { urgent: open, overdue };
}

/** The badge's text: the total, empty when there is nothing (the browser then hides the badge). */
export function badgeText(counts: AlertCounts): string {
  const total = counts.urgent.length + counts.overdue.length;
  if (total === 0) return '';
  return total > 99 ? '99+' : String(total);
}

/** When the next open follow-up falls due (to check again then), or undefined when none is pending. */
export function nextDueAt(followUps: readonly FollowUpDue[], now: number): number | undefined {
  let next: number | undefined;
  for (const row of followUps) {
    if (row.status === 'open' && row.dueAt > now && (next === undefined || row.dueAt < next)) next = row.dueAt;
  }
  return next;
}
