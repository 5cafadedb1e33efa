import { businessSecondsBetween, type BusinessHours } from '@/lib/shared/stats/business-hours';

const HOUR_MS = 3_600_000;
/** How long CareSide waits for a customer asked for details before the follow-up is due. */
export const CUSTOMER_WAIT_HOURS = 48;
/** A department's answer time when the settings have none (older settings). */
export const DEFAULT_ANSWER_HOURS = 24;
const MAX_SPAN_MS = 3660 * 24 * HOUR_MS;

/**
 * The instant at which `hours` of business time have passed since `startMs`: business hours only count
 * while open (days, start–end, in their zone). A schedule that never opens falls back to wall-clock time.
 */
export function addBusinessHours(startMs: number, hours: number, schedule: BusinessHours): number {
  const targetSeconds = Math.round(hours * 3600);
  if (targetSeconds <= 0) return startMs;
  // Find an upper bound by doubling, then the first second at which the business time reaches the target.
  let span = hours * HOUR_MS;
  while (businessSecondsBetween(startMs, startMs + span, schedule) < targetSeconds) {
    span *= 2;
    if (span > MAX_SPAN_MS) return startMs + hours * HOUR_MS;
  }
  let low = 0;
  let high = span;
  while (high - low > 1000) {
    const middle = Math.floor((low + high) / 2 / 1000) * 1000;
    if (middle <= low) break;
    if (businessSecondsBetween(startMs, startMs + middle, schedule) >= targetSeconds) high = middle;
    else low = middle;
  }
  return startMs + high;
}

/** When a follow-up is due: wall-clock hours, or business hours when the settings enable them. */
export function followUpDueAt(sinceMs: number, hours: number, schedule: BusinessHours | null): number {
  if (schedule?.enabled && schedule.days.length > 0 && schedule.end > schedule.start)
    return addBusinessHours(sinceMs, hours, schedule);
  return sinceMs + hours * HOUR_MS;
}

/** Answer time of a department from the settings, the default when it is unknown (renamed or removed). */
export function answerHoursOf(
  departments: ReadonlyArray<{ id: string; answerHours?: number }>,
  departmentId: string,
): number {
  return departments.find((department) => department.id === departmentId)?.answerHours ?? DEFAULT_ANSWER_HOURS;
}

/** When a follow-up is due, from its wait and the settings as they are now (answer times, business hours). */
export function dueAtOf(
  row: { since: number; waitingOn: { kind: 'department'; department: string } | { kind: 'customer' } },
  departments: ReadonlyArray<{ id: string; answerHours?: number }>,
  schedule: BusinessHours | null,
): number {
  const hours =
    row.waitingOn.kind === 'department' ? answerHoursOf(departments, row.waitingOn.department) : CUSTOMER_WAIT_HOURS;
  return followUpDueAt(row.since, hours, schedule);
}

export type DueState = 'overdue' | 'soon' | 'later';

/** Overdue past the due time; "soon" within the last quarter of the wait (at least an hour). */
export function dueState(follow: { since: number; dueAt: number }, now: number): DueState {
  if (now >= follow.dueAt) return 'overdue';
  const soonWindow = Math.max(HOUR_MS, (follow.dueAt - follow.since) / 4);
  return follow.dueAt - now <= soonWindow ? 'soon' : 'later';
}
