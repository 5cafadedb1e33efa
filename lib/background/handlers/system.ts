import { browser } from 'wxt/browser';
import { getDb } from '@/lib/background/db/database';
import type { Handlers } from '@/lib/background/router';

export const systemHandlers = {
  getStatus: async () => ({
    version: browser.runtime.getManifest().version,
    // Really open the database: a blocked upgrade or a broken profile shows up here.
    dbReady: await getDb()
      .open()
      .then(
        () => true,
        () => false,
      ),
  }),
  openOptions: async ({ section }) => {
    await browser.tabs.create({ url: browser.runtime.getURL(`/options.html#${section}`) });
    return { opened: true };
  },
} satisfies Partial<Handlers>;
