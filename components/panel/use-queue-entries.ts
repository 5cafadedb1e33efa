import { useMemo } from 'react';
import { useFollowUps } from '@/components/followups/use-follow-ups';
import { withOverdue } from '@/lib/shared/followups/order';
import type { TrackedItem } from '@/lib/shared/model/queue';
import type { Platform } from '@/lib/shared/model/social-item';

/** A tracked item as a queue entry (the fields the ordering needs, and the item itself). */
export const toEntry = (tracked: TrackedItem) => ({
  id: tracked.item.id,
  category: tracked.classification.category,
  urgent: tracked.classification.urgent.flag,
  troll: tracked.classification.troll,
  createdAt: tracked.item.createdAt,
  tracked,
});

/**
 * The queue's entries with the follow-ups: an overdue follow-up is work again, and urgent, so its item goes
 * back in the queue (out of "handled") as urgent.
 */
export function useQueueEntries(platform: Platform, recentItems: TrackedItem[], handled: Set<string>, now: number) {
  const followUps = useFollowUps(now, { platform });
  const queue = useMemo(
    () => withOverdue(recentItems.map(toEntry), handled, followUps.overdueHere),
    [recentItems, handled, followUps.overdueHere],
  );
  return { followUps, entries: queue.entries, handled: queue.handled };
}
