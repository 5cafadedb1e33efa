/**
 * Alerts without a server: the toolbar badge counts urgent items across every open X and Facebook tab plus
 * overdue follow-ups, and, when the user turned them on, a desktop notification announces each new one.
 * The tab hub says when a queue changed; the data revision says when the log or a follow-up did; a timer
 * wakes up when the next follow-up falls due (while the worker lives: there is no `alarms` permission, and
 * the next queue change or worker start counts again anyway).
 */
import { storage } from '#imports';
import { browser } from 'wxt/browser';
import {
  badgeText,
  countAlerts,
  itemKey,
  nextDueAt,
  type AlertCounts,
  type FollowUpDue,
  type UrgentItem,
} from '@/lib/shared/alerts/count';
import { isQuiet, planNotifications, type Alert } from '@/lib/shared/alerts/notify';
import { notificationId, parseNotificationId, staleNotifications } from '@/lib/shared/alerts/notification-target';
import { badgeTitle, notificationText } from '@/lib/shared/alerts/text';
import { resolveUiLanguage, type UiLanguage } from '@/lib/shared/i18n/translate';
import type { Platform } from '@/lib/shared/model/social-item';
import type { Settings } from '@/lib/shared/settings';

/** Alert keys already counted (item ids and follow-up due times, no text): each is announced once, even after a reload. */
const knownAlerts = storage.defineItem<string[]>('local:alertsKnown', { fallback: [] });

const BADGE_COLOR = '#b42318';
/** Queue changes come in bursts while the user scrolls: count once they settle. */
const SETTLE_MS = 250;
const MAX_TIMER_MS = 6 * 3_600_000;

export interface AlertsDeps {
  /** Resolves once settings (and the classifier) are loaded. */
  ready: Promise<void>;
  settings(): Settings;
  urgentItems(now: number): UrgentItem[];
  openFollowUps(): Promise<FollowUpDue[]>;
  handledAmong(platform: Platform, ids: string[]): Promise<string[]>;
}

/** The toolbar action: `action` on Chromium (MV3), `browserAction` on Firefox (MV2). */
function toolbarAction() {
  return browser.action ?? browser.browserAction;
}

async function showBadge(counts: AlertCounts, language: UiLanguage): Promise<string> {
  const action = toolbarAction();
  const text = badgeText(counts);
  if (!action) return text;
  await action.setBadgeBackgroundColor({ color: BADGE_COLOR });
  await action.setBadgeText({ text });
  await action.setTitle({ title: badgeTitle(counts, language) });
  return text;
}

/** Which of these items the log has as handled, as `platform:id` keys. */
async function handledKeys(items: ReadonlyArray<{ platform: Platform; id: string }>, deps: AlertsDeps) {
  const byPlatform = new Map<Platform, Set<string>>();
  for (const item of items) byPlatform.set(item.platform, (byPlatform.get(item.platform) ?? new Set()).add(item.id));
  const keys = new Set<string>();
  for (const [platform, ids] of byPlatform) {
    const handled = await deps.handledAmong(platform, [...ids]).catch(() => []);
    handled.forEach((id) => keys.add(itemKey(platform, id)));
  }
  return keys;
}

/** Withdraws our notifications whose work is done (notification-target.ts `staleNotifications`). */
async function withdrawDone(overdue: readonly FollowUpDue[], deps: AlertsDeps): Promise<void> {
  const ids = Object.keys(await browser.notifications.getAll());
  const items = ids.flatMap((id) => {
    const target = parseNotificationId(id);
    return target?.kind === 'item' ? [{ platform: target.platform, id: target.itemId }] : [];
  });
  const handled = await handledKeys(items, deps);
  await Promise.all(staleNotifications(ids, handled, overdue).map((id) => browser.notifications.clear(id)));
}

async function notify(alert: Alert, settings: Settings, language: UiLanguage): Promise<void> {
  const { title, message } = notificationText(alert, language, {
    topicLabel: (id) => settings.criticalTopics.find((topic) => topic.id === id)?.label,
    departmentName: (id) => settings.departments.find((department) => department.id === id)?.name,
  });
  await browser.notifications.create(notificationId(alert), {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/alert-icon.png'),
    title,
    message,
  });
}

export function createAlerts(deps: AlertsDeps) {
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  let dueTimer: ReturnType<typeof setTimeout> | undefined;
  let work: Promise<void> = Promise.resolve();

  const update = async (): Promise<void> => {
    await deps.ready;
    const now = Date.now();
    const urgent = deps.urgentItems(now);
    const followUps = await deps.openFollowUps();
    const counts = countAlerts(urgent, await handledKeys(urgent, deps), followUps, now);
    const settings = deps.settings();
    const language = resolveUiLanguage(settings.tone.uiLanguage, navigator.language);
    await showBadge(counts, language);

    const known = await knownAlerts.getValue();
    const plan = planNotifications(counts, known, {
      enabled: settings.alerts.notifications,
      quiet: isQuiet(now, settings.businessHours),
    });
    if (plan.known.length !== known.length || plan.known.at(-1) !== known.at(-1))
      await knownAlerts.setValue(plan.known);
    await withdrawDone(counts.overdue, deps);
    for (const alert of plan.show)
      await notify(alert, settings, language).catch((error: unknown) =>
        console.warn('CareSide: a notification failed', error),
      );

    clearTimeout(dueTimer);
    const due = nextDueAt(followUps, now);
    if (due !== undefined) dueTimer = setTimeout(() => schedule(0), Math.min(due - now + 1000, MAX_TIMER_MS));
  };

  /** Counts again once changes settle; one count at a time, in order. */
  const schedule = (delay = SETTLE_MS): void => {
    clearTimeout(settleTimer);
    settleTimer = setTimeout(() => {
      work = work.then(update).catch((error: unknown) => console.warn('CareSide: alerts update failed', error));
    }, delay);
  };

  return { schedule };
}
