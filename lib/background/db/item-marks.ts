/**
 * What the page's badges say of items from the database (the one owner): waiting while a follow-up is open on the
 * item, escalated when it was escalated and its follow-up is closed (or never opened), handled otherwise.
 */
import type { ItemMark } from '@/lib/shared/model/queue';
import type { Platform } from '@/lib/shared/model/social-item';
import type { CareSideDb } from './database';

export async function findItemMarks(
  db: CareSideDb,
  platform: Platform,
  itemIds: string[],
): Promise<[string, ItemMark][]> {
  const keys = itemIds.map((itemId) => [platform, itemId] as [string, string]);
  const [handled, followups] = await Promise.all([db.handled.bulkGet(keys), db.followups.bulkGet(keys)]);
  return itemIds.flatMap((id, index): [string, ItemMark][] => {
    if (followups[index]?.status === 'open') return [[id, 'waiting']];
    const row = handled[index];
    if (!row) return [];
    return [[id, row.outcome === 'escalated' ? 'escalated' : 'handled']];
  });
}
