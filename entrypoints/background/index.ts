import { browser } from 'wxt/browser';
import { installModel } from '@/lib/shared/classify';
import { getDb } from '@/lib/background/db/database';
import { findItemMarks } from '@/lib/background/db/item-marks';
import { findHandledIds } from '@/lib/background/db/log-repository';
import { logSeenItems, seenInputOf } from '@/lib/background/seen-log';
import { loadDueSettings, startDataLifecycle } from '@/lib/background/db/log-settings';
import { createMessageListener } from '@/lib/background/router';
import { connectBackupPort } from '@/lib/background/backup-port';
import { defaultSettings, loadSettings, watchSettings, type Settings } from '@/lib/shared/settings';
import { handlers } from '@/lib/background/handlers';
import { createTabHub, type TabHubDeps } from '@/lib/background/tab-hub';
import { closeStorageToContentScripts } from '@/lib/background/storage-access';
import { createAlerts } from '@/lib/background/alerts';
import { listenForNotificationClicks } from '@/lib/background/alert-clicks';
import { listFollowUps } from '@/lib/background/db/followup-repository';
import { dataRevision } from '@/lib/shared/revision';

/** The classifier's weights: a binary file in the package, read once per worker start and kept in memory. */
async function loadClassifier(): Promise<void> {
  const response = await fetch(browser.runtime.getURL('/classifier.bin'));
  if (!response.ok) throw new Error(`CareSide could not read its classifier (${response.status})`);
  installModel(await response.arrayBuffer());
}

export default defineBackground(() => {
  void closeStorageToContentScripts();
  const senders = { ownId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/') };
  browser.runtime.onMessage.addListener(createMessageListener(handlers, senders));

  startDataLifecycle();

  let settings: Settings = defaultSettings();
  const settingsLoaded = loadSettings().then((loaded) => void (settings = loaded));
  const deps: TabHubDeps = {
    ready: Promise.all([loadClassifier(), settingsLoaded]).then(() => undefined),
    settings: () => settings,
    async logSeen(items) {
      await logSeenItems(getDb(), items.map(seenInputOf));
    },
    marksAmong: (platform, ids) => findItemMarks(getDb(), platform, ids),
  };
  const hub = createTabHub(deps, senders, () => alerts.schedule());
  const alerts = createAlerts({
    ready: deps.ready,
    settings: () => settings,
    urgentItems: (now) => hub.urgentItems(now),
    openFollowUps: async () => listFollowUps(getDb(), false, await loadDueSettings()),
    handledAmong: (platform, ids) => findHandledIds(getDb(), platform, ids),
  });
  // A handled item or a follow-up changed (this or another view wrote to the database); and a first count at start.
  void dataRevision.watch(() => alerts.schedule());
  alerts.schedule();
  listenForNotificationClicks(hub);
  browser.runtime.onConnect.addListener((port) => {
    if (!connectBackupPort(getDb, port, senders)) hub.connect(port);
  });
  // A follow-up closed, an import, a wipe: the badges show the database's marks (tab-marks.ts).
  dataRevision.watch(() => hub.dataChanged());
  watchSettings((next) => {
    settings = next;
    hub.settingsChanged();
    alerts.schedule();
  });

  // The toggle shortcut is a browser command so the user can rebind it in the browser's settings.
  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'toggle-panel') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) hub.toggle(tab.id);
  });
});
