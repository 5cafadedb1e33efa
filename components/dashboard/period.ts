import { addDays, localDay } from '@/lib/shared/stats/day';
import type { StatsRange } from '@/lib/shared/stats/dashboard-stats';

export const PERIODS = ['today', 'last7', 'last30', 'custom'] as const;
export type Period = (typeof PERIODS)[number];
export type PlatformFilter = StatsRange['platform'];

/** The local-day range of a period; custom ranges are reordered if entered backwards. */
export function rangeFor(
  period: Period,
  custom: { from: string; to: string },
  platform: PlatformFilter,
  now = Date.now(),
): StatsRange {
  const today = localDay(now);
  if (period === 'today') return { from: today, to: today, platform };
  if (period === 'last7') return { from: addDays(today, -6), to: today, platform };
  if (period === 'last30') return { from: addDays(today, -29), to: today, platform };
  const [from, to] = custom.from <= custom.to ? [custom.from, custom.to] : [custom.to, custom.from];
  return { from, to, platform };
}
