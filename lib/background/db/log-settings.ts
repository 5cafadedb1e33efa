import { loadSettings, watchSettings } from '@/lib/shared/settings';
import type { BusinessHours } from '@/lib/shared/stats/business-hours';
import { getDb } from './database';
import type { LogPolicy } from './log-repository';
import { applyRetention, createRetentionScheduler } from './stats-repository';

type FullLogPolicy = LogPolicy & { businessHoursOnly: boolean; retentionDays: number | null };

let cachedPolicy: Promise<FullLogPolicy> | undefined;
let stopWatching: (() => void) | undefined;

/**
 * What the log needs from the settings: privacy and business hours. Cached until the settings change,
 * so a log write doesn't read and validate the whole settings object every time.
 */
export function loadLogPolicy(): Promise<FullLogPolicy> {
  stopWatching ??= watchSettings(() => {
    cachedPolicy = undefined;
  });
  cachedPolicy ??= readLogPolicy().catch((error: unknown) => {
    cachedPolicy = undefined;
    throw error;
  });
  return cachedPolicy;
}

async function readLogPolicy(): Promise<FullLogPolicy> {
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

/** Tests only: forget the retention schedule and the cached policy (the fake browser was reset). */
export function resetRetentionScheduler(): void {
  scheduler = undefined;
  cachedPolicy = undefined;
  stopWatching?.();
  stopWatching = undefined;
}
