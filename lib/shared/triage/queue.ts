import type { Category } from '@/lib/shared/model/categories';
import { slaStatus, type SlaStatus } from './sla';

/** The fields of a tracked item the queue needs; kept narrow so the ordering is easy to test. */
export interface QueueEntry {
  id: string;
  category: Category;
  urgent: boolean;
  troll: boolean;
  createdAt: number;
}

export type QueueTab = 'urgent' | 'open' | 'done';

/** How long an item stays in the queue after it scrolled off screen ("recently seen"). */
export const RECENT_MS = 15 * 60_000;
/** Rows drawn at once: the rest is counted, so a 2,000-comment page costs the same as a short one. */
export const QUEUE_ROW_LIMIT = 50;

/** Visible now, or seen within RECENT_MS. */
export function isRecent(entry: { visible: boolean; lastSeenAt: number }, now: number): boolean {
  return entry.visible || now - entry.lastSeenAt < RECENT_MS;
}

// Trolls and spam sink: they are not answered first (trolls are usually not answered at all).
const SINKING: ReadonlySet<Category> = new Set(['troll', 'spam']);

function priorityBand(entry: QueueEntry): number {
  if (entry.urgent) return 0;
  if (entry.troll || SINKING.has(entry.category)) return 2;
  return 1;
}

/**
 * Urgent first, then everything else by how close it is to missing the SLA (the oldest first),
 * trolls and spam last. Stable for equal keys so rows don't jump while the user reads.
 */
export function orderQueue<T extends QueueEntry>(entries: readonly T[]): T[] {
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort(
      (a, b) =>
        priorityBand(a.entry) - priorityBand(b.entry) || a.entry.createdAt - b.entry.createdAt || a.index - b.index,
    )
    .map(({ entry }) => entry);
}

export function entriesForTab<T extends QueueEntry>(
  entries: readonly T[],
  tab: QueueTab,
  handled: ReadonlySet<string>,
): T[] {
  if (tab === 'done') return entries.filter((entry) => handled.has(entry.id));
  const open = entries.filter((entry) => !handled.has(entry.id));
  return orderQueue(tab === 'urgent' ? open.filter((entry) => entry.urgent) : open);
}

export interface QueueCounts {
  urgent: number;
  open: number;
  done: number;
  breached: number;
}

export function countQueue(
  entries: readonly QueueEntry[],
  handled: ReadonlySet<string>,
  now: number,
  targetMinutes: number,
): QueueCounts {
  let urgent = 0;
  let open = 0;
  let done = 0;
  let breached = 0;
  for (const entry of entries) {
    if (handled.has(entry.id)) {
      done += 1;
      continue;
    }
    open += 1;
    if (entry.urgent) urgent += 1;
    if (slaStatus(now - entry.createdAt, targetMinutes) === 'red') breached += 1;
  }
  return { urgent, open, done, breached };
}

/** J/K movement: the next or previous id in the visible list, clamped at the ends. */
export function moveSelection(ids: readonly string[], current: string | undefined, step: 1 | -1): string | undefined {
  if (ids.length === 0) return undefined;
  const index = current === undefined ? -1 : ids.indexOf(current);
  if (index === -1) return step === 1 ? ids[0] : ids[ids.length - 1];
  return ids[Math.min(ids.length - 1, Math.max(0, index + step))];
}

export type { SlaStatus };
