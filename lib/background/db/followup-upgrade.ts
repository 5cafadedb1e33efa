import type { Table } from 'dexie';
import type { FollowUpRow } from '@/lib/shared/followups/schema';

/** Fields follow-ups stored up to schema v4 that are now derived (handled row, settings). */
const DERIVED = ['permalink', 'authorHandle', 'authorName', 'language', 'note', 'dueAt'] as const;

/**
 * Schema v5 upgrade: strips the derived fields from the stored follow-ups and drops those whose handled
 * row is gone (nothing left to show them with).
 */
export async function slimFollowUps(followups: Table, handled: Table): Promise<void> {
  const rows = (await followups.toArray()) as Array<FollowUpRow & Record<string, unknown>>;
  const keys = rows.map((row) => [row.platform, row.itemId]);
  const sources = await handled.bulkGet(keys);
  const orphans = keys.filter((_, index) => !sources[index]);
  const slim = rows
    .filter((_, index) => sources[index])
    .map((row) => {
      const copy: Record<string, unknown> = { ...row };
      for (const field of DERIVED) delete copy[field];
      return copy;
    });
  await followups.bulkDelete(orphans);
  await followups.bulkPut(slim);
}
