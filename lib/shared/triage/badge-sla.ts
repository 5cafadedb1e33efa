/**
 * Where an item on the page stands against the response target, for its badge: on time, due soon or late (the
 * same thresholds as the panel's SLA dot, `slaStatus`), and when that will next change, so the page's one coarse
 * clock re-draws only the badges whose state moved. Pure and tiny: the page script imports it.
 */
import { slaStatus, type SlaStatus } from './sla';

export type BadgeSlaState = 'on_time' | 'due_soon' | 'late';

export interface BadgeSla {
  state: BadgeSlaState;
  /** The item's time is the site's rough "3 h" (Facebook): the badge says "about". */
  approximate: boolean;
  /** When the state changes next (ms since the epoch); null once late, which it stays. */
  changesAt: number | null;
}

const STATES: Record<SlaStatus, BadgeSlaState> = { green: 'on_time', amber: 'due_soon', red: 'late' };

export function badgeSla(createdAt: number, approximate: boolean, now: number, targetMinutes: number): BadgeSla {
  const target = Math.max(1, targetMinutes) * 60_000;
  const state = STATES[slaStatus(now - createdAt, targetMinutes)];
  // slaStatus: due soon from half the target, late from the target.
  const changesAt = state === 'on_time' ? createdAt + target / 2 : state === 'due_soon' ? createdAt + target : null;
  return { state, approximate, changesAt };
}

/** "30 min", "2 h", "1 h 30 min": the thresholds a badge's accessible name states (the same in EN and IT). */
export function formatThreshold(minutes: number): string {
  const m = Math.max(1, Math.round(minutes));
  if (m < 60) return `${m} min`;
  const h = Math.floor(m / 60);
  return m % 60 === 0 ? `${h} h` : `${h} h ${m % 60} min`;
}
