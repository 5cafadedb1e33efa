import type { FollowUpRow } from '@/lib/shared/followups/schema';
import { distinctAuthors } from './author-list';
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
  const daysByAuthor = new Map<string, number>();
  for (const row of period) {
    for (const handle of distinctAuthors(row.authors ?? '')) {
      const key = `${row.platform}|${handle}`;
      daysByAuthor.set(key, (daysByAuthor.get(key) ?? 0) + 1);
    }
  }
  const before = new Set<string>();
  for (const row of earlier) {
    for (const handle of distinctAuthors(row.authors ?? '')) before.add(`${row.platform}|${handle}`);
  }
  let returning = 0;
  for (const [key, days] of daysByAuthor) if (days >= 2 || before.has(key)) returning += 1;
  const customers = daysByAuthor.size;
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
