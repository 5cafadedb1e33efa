import { browser } from 'wxt/browser';
import { wipeDatabase } from '@/lib/background/db/backup';
import type { CareSideDb } from '@/lib/background/db/database';

/**
 * "Delete everything": every table of the database, every storage area (settings, panel layout,
 * revisions, session state) and Cache Storage, so nothing CareSide kept survives. Views follow through
 * the storage change events the clearing fires.
 */
export async function wipeEverything(db: CareSideDb): Promise<void> {
  await wipeDatabase(db);
  const areas = [browser.storage.local, browser.storage.sync, browser.storage.session];
  await Promise.all(areas.map((area) => area?.clear()));
  if (typeof caches !== 'undefined') {
    await Promise.all((await caches.keys()).map((key) => caches.delete(key)));
  }
}
