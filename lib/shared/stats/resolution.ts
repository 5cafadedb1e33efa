import type { FollowUpRow } from '@/lib/shared/followups/schema';
import type { StatsRange } from './dashboard-stats';
import { localDay } from './day';
import type { HandledRow } from './log-rows';

type Timed = Pick<HandledRow, 'itemCreatedAt' | 'firstSeenAt' | 'actionAt'>;

/**
 * When the customer's problem started: their post, clamped to when we first saw it (Facebook's "2 h"
 * is an estimate that can land after first-seen), and never after our first action.
 */
function problemStart(row: Timed): number {
  return Math.min(row.itemCreatedAt, row.firstSeenAt, row.actionAt);
}

/** Seconds from the problem's start to `end`, never negative. */
function secondsFrom(row: Timed, end: number): number {
  return Math.max(0, Math.round((end - problemStart(row)) / 1000));
}

/** Time to resolution of a row handled as resolved: from the post (or first seen) to the latest action. */
export function resolutionSecondsOf(row: Timed & Pick<HandledRow, 'updatedAt'>): number {
  return secondsFrom(row, row.updatedAt);
}

/** Whether a time falls on a local day of the range, on the range's platform. */
export function inRange(range: StatsRange, platform: string, time: number): boolean {
  const day = localDay(time);
  return day >= range.from && day <= range.to && (range.platform === 'all' || range.platform === platform);
}

/** A follow-up on a department (an escalation) closed on a day of the range. */
export function isClosedEscalationIn(followUp: FollowUpRow, range: StatsRange): boolean {
  return (
    followUp.status === 'closed' &&
    followUp.closedAt !== undefined &&
    followUp.waitingOn.kind === 'department' &&
    inRange(range, followUp.platform, followUp.closedAt)
  );
}

/**
 * Escalations closed in the range whose handled row is not marked resolved (a resolved row already
 * counts through the roll-ups): one time to resolution each, from the post to the closing.
 * `handled` holds the rows of `followUps` by index (undefined when the row was deleted).
 */
export function closedEscalationSeconds(
  followUps: FollowUpRow[],
  handled: (HandledRow | undefined)[],
  range: StatsRange,
): number[] {
  const seconds: number[] = [];
  followUps.forEach((followUp, index) => {
    const row = handled[index];
    if (!row || row.resolved || !isClosedEscalationIn(followUp, range)) return;
    seconds.push(secondsFrom(row, followUp.closedAt!));
  });
  return seconds;
}
