import type { TrackedItem } from '@/lib/content';
import { sendMessage } from '@/lib/messaging/client';

const FLUSH_MS = 2_000;
const MAX_BATCH = 500;

/**
 * Items that reached the queue are logged as "seen" (the denominator of the response rate), batched so
 * a long scroll costs a few messages, not one per comment.
 */
export function createSeenReporter(signal: AbortSignal) {
  const pending = new Map<string, TrackedItem>();
  const reported = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const flush = () => {
    timer = undefined;
    const batch = [...pending.values()].slice(0, MAX_BATCH);
    for (const tracked of batch) pending.delete(tracked.item.id);
    if (batch.length === 0) return;
    void sendMessage('logSeen', {
      items: batch.map(({ item, classification, firstSeenAt }) => ({
        platform: item.platform,
        itemId: item.id,
        category: classification.category,
        urgent: classification.urgent.flag,
        language: classification.language,
        itemCreatedAt: item.createdAt,
        createdAtApproximate: item.createdAtApproximate,
        firstSeenAt,
      })),
    }).catch(() => {
      // The worker may be restarting: put the batch back and try again with the next flush.
      for (const tracked of batch) pending.set(tracked.item.id, tracked);
    });
    if (pending.size > 0) schedule();
  };
  const schedule = () => {
    if (!timer && !signal.aborted) timer = setTimeout(flush, FLUSH_MS);
  };
  signal.addEventListener('abort', () => clearTimeout(timer));

  return {
    report(items: TrackedItem[]) {
      for (const tracked of items) {
        if (reported.has(tracked.item.id)) continue;
        reported.add(tracked.item.id);
        pending.set(tracked.item.id, tracked);
      }
      schedule();
    },
  };
}
