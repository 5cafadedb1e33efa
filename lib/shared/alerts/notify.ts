/**
 * When to show a desktop notification, and for what: only for what is new (an urgent item or a follow-up that
 * became overdue, each once), only when the user turned notifications on, and never outside business hours.
 */
import { businessSecondsBetween, type BusinessHours } from '@/lib/shared/stats/business-hours';
import { itemKey, type AlertCounts, type FollowUpDue, type UrgentItem } from './count';

/** How many alert keys are remembered (the oldest are forgotten first); far more than one shift's urgent items. */
export const KNOWN_LIMIT = 2000;
/** At most this many notifications per pass: a first scan of a page full of urgent items is not a flood. */
export const NOTIFY_LIMIT = 3;

export type Alert = { kind: 'item'; item: UrgentItem } | { kind: 'followup'; followUp: FollowUpDue };

/**
 * The key an alert is remembered by. An item is alerted once for good (a reload or re-scan finds the same id);
 * a follow-up once per due time, so one that is moved to a new wait and falls due again alerts again.
 */
export function alertKey(alert: Alert): string {
  if (alert.kind === 'item') return `item:${itemKey(alert.item.platform, alert.item.id)}`;
  const { platform, itemId, dueAt } = alert.followUp;
  return `followup:${itemKey(platform, itemId)}:${dueAt}`;
}

/**
 * Quiet outside business hours, when the user set them (Settings → Response time): the care team is not at
 * work, so the OS should not buzz. Without business hours, never quiet.
 */
export function isQuiet(now: number, hours: BusinessHours): boolean {
  if (!hours.enabled || hours.days.length === 0) return false;
  return businessSecondsBetween(now, now + 1000, hours) === 0;
}

export interface NotifyPlan {
  /** The alerts to show now. */
  show: Alert[];
  /** Every key remembered after this pass (old ones first, capped at KNOWN_LIMIT). */
  known: string[];
}

/**
 * Everything counted now becomes known, whether or not it is shown: an item that turned up while
 * notifications were off or the team was off work is not announced later, when it is no longer new.
 */
export function planNotifications(
  counts: AlertCounts,
  known: readonly string[],
  options: { enabled: boolean; quiet: boolean },
): NotifyPlan {
  const remembered = new Set(known);
  const alerts: Alert[] = [
    ...counts.urgent.map((item): Alert => ({ kind: 'item', item })),
    ...counts.overdue.map((followUp): Alert => ({ kind: 'followup', followUp })),
  ];
  const fresh = alerts.filter((alert) => !remembered.has(alertKey(alert)));
  if (fresh.length === 0) return { show: [], known: [...known] };
  const next = [...known, ...fresh.map(alertKey)].slice(-KNOWN_LIMIT);
  const show = options.enabled && !options.quiet ? fresh.slice(0, NOTIFY_LIMIT) : [];
  return { show, known: next };
}
