import type { FollowUpRow } from '@/lib/shared/followups/schema';
import type { Platform } from '@/lib/shared/model/social-item';
import { RESPONSE_BUCKETS, type DashboardStats, type StatsRange } from './dashboard-stats';
import { daysBetween } from './day';
import type { DailyRow } from './log-rows';
import { followUpsOnTime, returningCustomers, satisfactionOf } from './kpis';
import { TimeSample } from './time-sample';

/** What the roll-ups alone cannot tell: the background reads these next to them. */
export interface StatsExtras {
  /** Roll-ups before the range (returning customers); other days and platforms are ignored. */
  earlier?: DailyRow[];
  /** With their due time as listed (dueAtOf, the current settings). */
  followUps?: Array<FollowUpRow & { dueAt: number }>;
  /** Times to resolution of escalations closed in the range (see closedEscalationSeconds). */
  escalationSeconds?: number[];
}

const PLATFORMS: Platform[] = ['x', 'facebook'];

function addCounts(target: Record<string, number>, source: Record<string, number>): void {
  for (const [key, value] of Object.entries(source)) target[key] = (target[key] ?? 0) + value;
}

function ranked(map: Record<string, number>, limit: number) {
  return Object.entries(map)
    .map(([topic, count]) => ({ topic, count }))
    .sort((a, b) => b.count - a.count || a.topic.localeCompare(b.topic))
    .slice(0, limit);
}

const rate = (handled: number, seen: number) => (seen > 0 ? Math.min(1, handled / seen) : null);

/**
 * The dashboard's numbers from daily roll-ups (pure). Rows outside the range or platform are
 * ignored, so callers may pass a superset.
 */
export function aggregateStats(
  rows: DailyRow[],
  range: StatsRange,
  businessHoursOnly: boolean,
  extras: StatsExtras = {},
): DashboardStats {
  const onPlatform = (row: DailyRow) => range.platform === 'all' || row.platform === range.platform;
  const inRange = rows.filter((row) => row.day >= range.from && row.day <= range.to && onPlatform(row));
  const earlier = (extras.earlier ?? []).filter((row) => row.day < range.from && onPlatform(row));
  const escalationSeconds = extras.escalationSeconds ?? [];
  const resolutionTimes = new TimeSample([...inRange.map((row) => row.resolutionSeconds ?? []), escalationSeconds]);
  const sum = (pick: (row: DailyRow) => number) => inRange.reduce((total, row) => total + pick(row), 0);
  const merged = (pick: (row: DailyRow) => Record<string, number>) => {
    const total: Record<string, number> = {};
    for (const row of inRange) addCounts(total, pick(row));
    return total;
  };
  const times = new TimeSample(
    inRange.map((row) => (businessHoursOnly ? row.businessResponseSeconds : row.responseSeconds)),
  );
  const urgentTimes = new TimeSample(
    inRange.map((row) => (businessHoursOnly ? row.urgentBusinessResponseSeconds : row.urgentResponseSeconds)),
  );
  const perDayMap = new Map<string, { day: string; total: number; byCategory: Record<string, number> }>();
  for (const day of daysBetween(range.from, range.to)) perDayMap.set(day, { day, total: 0, byCategory: {} });
  for (const row of inRange) {
    const entry = perDayMap.get(row.day);
    if (!entry) continue;
    entry.total += row.handled;
    addCounts(entry.byCategory, row.byCategory);
  }
  let countBelow = 0;
  const distribution = RESPONSE_BUCKETS.map((bucket) => {
    const upTo = Number.isFinite(bucket.maxSeconds) ? times.countWithin(bucket.maxSeconds) : times.count;
    const count = upTo - countBelow;
    countBelow = upTo;
    return { bucket: bucket.id, count };
  });
  const byOutcome = merged((row) => row.byOutcome);
  const seen = sum((row) => row.seen);
  const seenHandled = sum((row) => row.seenHandled);
  const resolved = sum((row) => row.resolved);
  return {
    range,
    businessHoursOnly,
    handled: sum((row) => row.handled),
    resolved,
    seen,
    seenHandled,
    responseRate: rate(seenHandled, seen),
    responseTime: {
      count: times.count,
      medianSeconds: times.quantile(0.5),
      p90Seconds: times.quantile(0.9),
      within10m: times.shareWithin(600),
      within1h: times.shareWithin(3600),
      within24h: times.shareWithin(24 * 3600),
    },
    urgent: { count: sum((row) => row.urgent), medianSeconds: urgentTimes.quantile(0.5) },
    approximate: sum((row) => row.approximate),
    escalationsByDepartment: merged((row) => row.byDepartment),
    byOutcome,
    trollsIgnored: byOutcome.ignored_troll ?? 0,
    spamHidden: byOutcome.hidden_spam ?? 0,
    perDay: [...perDayMap.values()],
    distribution,
    perPlatform: PLATFORMS.filter((platform) => range.platform === 'all' || range.platform === platform).map(
      (platform) => {
        const own = inRange.filter((row) => row.platform === platform);
        const platformSeen = own.reduce((total, row) => total + row.seen, 0);
        const platformSeenHandled = own.reduce((total, row) => total + row.seenHandled, 0);
        return {
          platform,
          handled: own.reduce((total, row) => total + row.handled, 0),
          seen: platformSeen,
          responseRate: rate(platformSeenHandled, platformSeen),
        };
      },
    ),
    templateUsage: merged((row) => row.byTemplate),
    topTopics: ranked(
      merged((row) => row.byTopic),
      10,
    ),
    resolution: {
      resolved: resolved + escalationSeconds.length,
      medianSeconds: resolutionTimes.quantile(0.5),
    },
    followUps: followUpsOnTime(extras.followUps ?? [], range),
    returning: returningCustomers(inRange, earlier),
    satisfaction: satisfactionOf(merged((row) => row.bySatisfaction ?? {})),
    faqCandidates: ranked(
      merged((row) => row.byQuestionTopic),
      20,
    ),
  };
}
