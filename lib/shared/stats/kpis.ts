import type { FollowUpRow } from '@/lib/shared/followups/schema';
import { forEachAuthor } from './author-list';
import type { StatsRange } from './dashboard-stats';
import type { DailyRow } from './log-rows';
import { inRange } from './resolution';

const share = (part: number, whole: number) => (whole > 0 ? part / whole : null);

/**
 * Follow-ups closed in the range, and how many were closed at or before their due time (computed from the
 * settings as they are now, like the follow-up list: a changed answer time re-judges old ones the same way).
 */
export function followUpsOnTime(followUps: ReadonlyArray<FollowUpRow & { dueAt: number }>, range: StatsRange) {
  let closed = 0;
  let onTime = 0;
  for (const followUp of followUps) {
    if (followUp.status !== 'closed' || followUp.closedAt === undefined) continue;
    if (!inRange(range, followUp.platform, followUp.closedAt)) continue;
    closed += 1;
    if (followUp.closedAt <= followUp.dueAt) onTime += 1;
  }
  return { closed, onTime, share: share(onTime, closed) };
}

/**
 * Customers (platform + author handle, the customer history's key) handled in the period, and how many
 * of them are returning: handled on two or more different days of the period, or handled before it.
 * `period` holds the range's roll-ups (already filtered by platform), `earlier` those before it.
 */
export function returningCustomers(period: DailyRow[], earlier: DailyRow[]) {
  // Each row is one day on one platform: `lastRow` counts a handle once per row without a set per row
  // (a year of roll-ups holds 100,000 handles; building those sets was most of the dashboard's query).
  const byPlatform = new Map<string, Map<string, { days: number; lastRow: number }>>();
  const customersOn = (platform: string) => {
    let customers = byPlatform.get(platform);
    if (!customers) byPlatform.set(platform, (customers = new Map()));
    return customers;
  };
  period.forEach((row, rowIndex) => {
    const customers = customersOn(row.platform);
    forEachAuthor(row.authors ?? '', (handle) => {
      const entry = customers.get(handle);
      if (!entry) customers.set(handle, { days: 1, lastRow: rowIndex });
      else if (entry.lastRow !== rowIndex) {
        entry.days += 1;
        entry.lastRow = rowIndex;
      }
    });
  });
  // Handled before the period counts as a second day.
  for (const row of earlier) {
    const customers = byPlatform.get(row.platform);
    if (customers)
      forEachAuthor(row.authors ?? '', (handle) => {
        const entry = customers.get(handle);
        if (entry) entry.days = Math.max(entry.days, 2);
      });
  }
  let customers = 0;
  let returning = 0;
  for (const platformCustomers of byPlatform.values()) {
    for (const { days } of platformCustomers.values()) {
      customers += 1;
      if (days >= 2) returning += 1;
    }
  }
  return { customers, returning, share: share(returning, customers) };
}

/** Satisfaction marks recorded in the period and the share of them that say "satisfied". */
export function satisfactionOf(bySatisfaction: Record<string, number>) {
  const satisfied = bySatisfaction.satisfied ?? 0;
  const neutral = bySatisfaction.neutral ?? 0;
  const unhappy = bySatisfaction.unhappy ?? 0;
  const marks = satisfied + neutral + unhappy;
  return { marks, satisfied, neutral, unhappy, share: share(satisfied, marks) };
}
