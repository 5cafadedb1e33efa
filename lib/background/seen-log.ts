import type { TrackedItem } from '@/lib/shared/model/queue';
import { bumpSeenRevision } from '@/lib/shared/revision';
import { recordSeen, type SeenInput } from './db/log-repository';
import type { CareSideDb } from './db/database';

/** The seen row of an item a page script reported over its port (the response rate's denominator). */
export function seenInputOf({ item, classification, firstSeenAt }: TrackedItem): SeenInput {
  return {
    platform: item.platform,
    itemId: item.id,
    category: classification.category,
    urgent: classification.urgent.flag,
    language: classification.language,
    itemCreatedAt: item.createdAt,
    createdAtApproximate: item.createdAtApproximate,
    firstSeenAt,
  };
}

/**
 * Logs the items that reached a tab's queue, idempotently, and bumps only the seen revision (panels in every
 * tab watch the data revision: scrolling must not make them all re-fetch). Returns how many were new.
 */
export async function logSeenItems(db: CareSideDb, items: SeenInput[]): Promise<number> {
  const added = await recordSeen(db, items);
  if (added > 0) await bumpSeenRevision();
  return added;
}
