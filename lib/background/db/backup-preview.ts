import type { BackupTable } from './backup-rules';
import type { BackupContents } from './backup';
import type { CareSideDb } from './database';

export interface TablePreview {
  /** Rows in the file. */
  incoming: number;
  /** Rows stored now (a replace deletes them). */
  stored: number;
  /** Rows of the file whose key is already stored (a merge overwrites them with the file's). */
  overlapping: number;
}

export interface BackupPreview {
  tables: Record<BackupTable, TablePreview>;
  /** First and last day of the file's log (first seen to last action), or null when it has none. */
  from: number | null;
  to: number | null;
  /**
   * Notes with HTML markup. Hand-off notes quote the customer's comment, which may hold any text, so markup
   * is data: it is kept as it is and shown as text (React never renders it, the CSV defuses formulas).
   */
  markupNotes: number;
}

const MARKUP = /<\/?[a-z!][^>]*>/i;

const BATCH = 5000;

async function countOverlap<K>(keys: K[], lookup: (batch: K[]) => Promise<unknown[]>): Promise<number> {
  let found = 0;
  for (let start = 0; start < keys.length; start += BATCH) {
    found += (await lookup(keys.slice(start, start + BATCH))).filter((row) => row !== undefined).length;
  }
  return found;
}

/** What an import would do, for the confirmation: counts per table, the date range, replaced and merged rows. */
export async function previewBackup(db: CareSideDb, contents: BackupContents): Promise<BackupPreview> {
  const logKey = (row: { platform: string; itemId: string }): [string, string] => [row.platform, row.itemId];
  const [handled, seen, followups, templates] = await Promise.all([
    countOverlap(contents.handled.map(logKey), (keys) => db.handled.bulkGet(keys)),
    countOverlap(contents.seen.map(logKey), (keys) => db.seen.bulkGet(keys)),
    countOverlap(contents.followups.map(logKey), (keys) => db.followups.bulkGet(keys)),
    countOverlap(
      contents.templates.map((row) => row.id),
      (keys) => db.templates.bulkGet(keys),
    ),
  ]);
  const [storedHandled, storedSeen, storedFollowups, storedTemplates] = await Promise.all([
    db.handled.count(),
    db.seen.count(),
    db.followups.count(),
    db.templates.count(),
  ]);
  let from = Infinity;
  let to = -Infinity;
  for (const row of contents.seen) {
    from = Math.min(from, row.firstSeenAt);
    to = Math.max(to, row.firstSeenAt);
  }
  for (const row of contents.handled) {
    from = Math.min(from, row.firstSeenAt);
    to = Math.max(to, row.updatedAt);
  }
  return {
    tables: {
      handled: { incoming: contents.handled.length, stored: storedHandled, overlapping: handled },
      seen: { incoming: contents.seen.length, stored: storedSeen, overlapping: seen },
      followups: { incoming: contents.followups.length, stored: storedFollowups, overlapping: followups },
      templates: { incoming: contents.templates.length, stored: storedTemplates, overlapping: templates },
    },
    from: Number.isFinite(from) ? from : null,
    to: Number.isFinite(to) ? to : null,
    markupNotes: contents.handled.filter((row) => row.note !== undefined && MARKUP.test(row.note)).length,
  };
}
