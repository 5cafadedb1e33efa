import type { BackupPreviewData } from '@/lib/shared/messaging/backup-port';
import type { BackupContents } from './backup';
import type { CareSideDb } from './database';

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
export async function previewBackup(db: CareSideDb, contents: BackupContents): Promise<BackupPreviewData> {
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
