import { bumpDataRevision } from '@/lib/shared/revision';
import { loadSettings, watchSettings } from '@/lib/shared/settings';
import type { BusinessHours } from '@/lib/shared/stats/business-hours';
import { getDb } from './database';
import type { DueSettings } from './followup-repository';
import type { LogPolicy } from './log-repository';
import { applyRetention, createRetentionScheduler } from './stats-repository';
import { sweepTexts, type TextPolicy } from './text-lifecycle';

type FullLogPolicy = LogPolicy & TextPolicy & { businessHoursOnly: boolean; retentionDays: number | null };

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
    textRetentionDays: settings.privacy.textRetentionDays,
  };
}

let scheduler: ((now?: number) => Promise<void>) | undefined;

/** Both retention settings now: whole rows past `retentionDays`, comment texts past `textRetentionDays` (or all). */
export async function applyDataPolicy(now = Date.now()): Promise<void> {
  const policy = await loadLogPolicy();
  if (policy.retentionDays !== null) await applyRetention(getDb(), policy.retentionDays, now);
  if ((await sweepTexts(getDb(), policy, now)) > 0) await bumpDataRevision();
}

/**
 * Applies the retention settings at most once an hour. The first call after the worker starts runs
 * it (start-up), later calls come after writes and before reads (stats, export).
 */
export async function maybeApplyRetention(now = Date.now()): Promise<void> {
  scheduler ??= createRetentionScheduler(applyDataPolicy);
  await scheduler(now);
}

/**
 * The background's data lifecycle, started with the worker: a pass now, and one whenever the privacy
 * settings change, so turning "store comment text" off deletes the stored texts at once (the settings
 * page said so before saving). No alarm: texts enter the log only through writes, and every write, read
 * and worker start runs the hourly pass first, so no view or export ever shows an expired text.
 */
export function startDataLifecycle(): () => void {
  const warn = (error: unknown) => console.warn('CareSide retention failed', error);
  void maybeApplyRetention().catch(warn);
  return watchSettings(() => {
    cachedPolicy = undefined;
    void applyDataPolicy().catch(warn);
  });
}

/** Tests only: forget the retention schedule and the cached policy (the fake browser was reset). */
export function resetRetentionScheduler(): void {
  scheduler = undefined;
  cachedPolicy = undefined;
  stopWatching?.();
  stopWatching = undefined;
}

/** The settings due times are computed from, as they are now. */
export async function loadDueSettings(): Promise<DueSettings> {
  const [settings, policy] = await Promise.all([loadSettings(), loadLogPolicy()]);
  return { departments: settings.departments, businessHours: policy.businessHours };
}
