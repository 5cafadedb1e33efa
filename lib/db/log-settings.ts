import { loadSettings } from '@/lib/settings';
import type { BusinessHours } from '@/lib/stats/business-hours';
import { getDb } from './database';
import type { LogPolicy } from './log-repository';
import { applyRetention, createRetentionScheduler } from './stats-repository';

/** What the log needs from the settings: privacy and business hours. */
export async function loadLogPolicy(): Promise<
  LogPolicy & { businessHoursOnly: boolean; retentionDays: number | null }
> {
  const settings = await loadSettings();
  const hours: BusinessHours = settings.businessHours;
  return {
    storeText: settings.privacy.storeText,
    businessHours: hours.enabled ? hours : null,
    businessHoursOnly: hours.enabled && hours.excludeFromResponseTime,
    retentionDays: settings.privacy.retentionDays,
  };
}

let scheduler: ((now?: number) => Promise<void>) | undefined;

/**
 * Applies the retention setting at most once an hour. The first call after the worker starts runs
 * it (start-up), later calls come after writes.
 */
export async function maybeApplyRetention(now = Date.now()): Promise<void> {
  scheduler ??= createRetentionScheduler(async (time) => {
    const { retentionDays } = await loadLogPolicy();
    if (retentionDays !== null) await applyRetention(getDb(), retentionDays, time);
  });
  await scheduler(now);
}

/** Tests only. */
export function resetRetentionScheduler(): void {
  scheduler = undefined;
}
