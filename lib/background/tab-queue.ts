/**
 * One tab's queue, owned by the background: what its page script read, classified here (the same text keeps its
 * classification), the brand's own items set apart, and what the panel is sent of it (changes, not the whole).
 */
import type { Browser } from 'wxt/browser';
import type { Classification } from '@/lib/shared/classify/types';
import { classifyItem } from '@/lib/shared/classify/classify-item';
import { emptyClassification } from '@/lib/shared/classify/empty';
import type { BadgeFacts, ClassifiedText, ItemMark, TrackedItem } from '@/lib/shared/model/queue';
import { sendMarks } from './tab-marks';
import { badgeStrings } from '@/lib/shared/i18n/messages/badge';
import { resolveUiLanguage } from '@/lib/shared/i18n/translate';
import type { QueueDelta } from '@/lib/shared/model/queue-delta';
import type { BackgroundToPage, BackgroundToPanel, PageItem, VisibilityChange } from '@/lib/shared/messaging/ports';
import type { Platform } from '@/lib/shared/model/social-item';
import type { Settings } from '@/lib/shared/settings';

export type Port = Browser.runtime.Port;

export interface TabHubDeps {
  /** Resolves once the classifier's weights are installed. */
  ready: Promise<void>;
  settings(): Settings;
  logSeen(items: TrackedItem[]): Promise<void>;
  /** The database's marks (handled, escalated, waiting) of these items: only the items that have one. */
  marksAmong(platform: Platform, ids: string[]): Promise<[string, ItemMark][]>;
}

export interface Tab {
  platform: Platform;
  page: Port;
  panel?: Port;
  items: Map<string, TrackedItem>;
  own: Set<string>;
  unreadableCount: number;
  revision: number;
  theme: 'light' | 'dark';
  /** Items changed since the panel's last message; `panelReset`: it needs the whole queue instead. */
  changed: Set<string>;
  panelReset: boolean;
  /** The options the page was last sent: sent again only when they change. */
  config?: PageConfig;
  /** A badge clicked before the panel's frame had connected (the page is still loading it): delivered when it does. */
  pendingBadgeClick?: string;
  /** One change at a time: a batch is classified before the next one is applied. */
  work: Promise<void>;
}

export function post(port: Port | undefined, message: BackgroundToPage | BackgroundToPanel): void {
  try {
    port?.postMessage(message);
  } catch {
    // the other side went away; its disconnect handler cleans up
  }
}

export function newTab(platform: Platform, page: Port, panel: Port | undefined): Tab {
  const empty = { items: new Map(), own: new Set<string>(), unreadableCount: 0, revision: 0 };
  return {
    platform,
    page,
    panel,
    ...empty,
    theme: 'light',
    changed: new Set(),
    panelReset: true,
    work: Promise.resolve(),
  };
}

/** What a badge shows (category, urgency, troll, tone): the page gets only that, not the reasons and scores. */
const badgeFacts = (c: Classification): BadgeFacts => ({
  category: c.category,
  troll: c.troll,
  urgent: { flag: c.urgent.flag },
  sentimentLabel: c.sentimentLabel,
});

export type PageConfig = Extract<BackgroundToPage, { type: 'config' }>;

/**
 * What the page script needs from settings: badges on or off, whose items are the brand's, what to watch (the
 * watched keywords and the brand's names), the platform's response target, and the badges' words in the UI language.
 */
export function configFor(
  platform: Platform,
  settings: Settings,
  browserLanguage = globalThis.navigator?.language ?? 'en',
): PageConfig {
  const watched = [...settings.monitoring.keywords, ...settings.brand.names];
  const seen = new Set<string>();
  return {
    type: 'config',
    badges: settings.tone.badges,
    ownHandles: settings.brand.ownHandles[platform],
    monitorKeywords: watched.filter((word) => !seen.has(word.toLowerCase()) && seen.add(word.toLowerCase())),
    slaMinutes: settings.sla[platform].targetMinutes,
    labels: badgeStrings(resolveUiLanguage(settings.tone.uiLanguage, browserLanguage)),
  };
}

/** The queue's changes for the panel since its last message (everything when `reset`), and forgets them. */
export function takeQueueDelta(tab: Tab, reset = tab.panelReset): QueueDelta {
  const customer = (id: string) => tab.items.has(id) && !tab.own.has(id);
  const ids = reset ? [...tab.items.keys()] : [...tab.changed];
  let unreadTextCount = 0;
  for (const [id, tracked] of tab.items) if (!tab.own.has(id) && tracked.readState === 'unread') unreadTextCount += 1;
  tab.changed.clear();
  tab.panelReset = false;
  return {
    reset,
    upserts: ids.filter(customer).map((id) => tab.items.get(id)!),
    removed: reset ? [] : ids.filter((id) => !customer(id)),
    unreadableCount: tab.unreadableCount,
    unreadTextCount,
    revision: tab.revision,
  };
}

export function sameConfig(a: PageConfig, b: PageConfig | undefined): boolean {
  const same = (x: readonly string[], y: readonly string[]) => x.length === y.length && x.every((v, i) => v === y[i]);
  return (
    b !== undefined &&
    a.badges === b.badges &&
    a.slaMinutes === b.slaMinutes &&
    Object.entries(a.labels).every(([key, word]) => b.labels[key as keyof typeof b.labels] === word) &&
    same(a.ownHandles, b.ownHandles) &&
    same(a.monitorKeywords, b.monitorKeywords)
  );
}

/** Sends the panel what changed; with no panel yet, it gets the whole queue when it connects. */
function publishQueue(tab: Tab): void {
  if (tab.panel) post(tab.panel, { type: 'queue', delta: takeQueueDelta(tab) });
  else tab.panelReset = true;
}

/** Runs after the tab's earlier changes: classification never sees batches out of order. */
export function queueWork(tab: Tab, work: () => Promise<void>): void {
  tab.work = tab.work.then(work).catch((error: unknown) => console.warn('CareSide: a tab update failed', error));
}

interface ItemsChange {
  reset: boolean;
  upserts: PageItem[];
  visibility: VisibilityChange[];
  unreadableCount: number;
}

/**
 * Applies what the page sent: classifies new or changed texts, answers the page with badges, publishes the queue to the panel, logs new items as seen and tells
 * the page which of them were handled before.
 */
export async function applyItems(tab: Tab, change: ItemsChange, deps: TabHubDeps): Promise<void> {
  await deps.ready;
  if (change.reset) {
    tab.items.clear();
    tab.own.clear();
    tab.panelReset = true;
  }
  tab.unreadableCount = change.unreadableCount;
  for (const [id, visible, lastSeenAt] of change.visibility) {
    const tracked = tab.items.get(id);
    if (!tracked) continue;
    tab.items.set(id, { ...tracked, visible, lastSeenAt });
    tab.changed.add(id);
  }
  const settings = deps.settings();
  const results: ClassifiedText[] = [];
  const fresh: TrackedItem[] = [];
  for (const { item, own, ...state } of change.upserts) {
    const previous = tab.items.get(item.id);
    let classification = previous?.classification;
    if (!classification || previous?.item.text !== item.text) {
      classification = state.readState === 'read' ? classifyItem(item, settings) : emptyClassification();
      if (state.readState === 'read') results.push({ id: item.id, text: item.text, badge: badgeFacts(classification) });
    }
    const tracked: TrackedItem = { ...state, item, classification };
    tab.items.set(item.id, tracked);
    tab.changed.add(item.id);
    // An item that stops being the user's own comes back in its first place: the panel gets the whole queue.
    if (previous && tab.own.has(item.id) && !own) tab.panelReset = true;
    if (own) tab.own.add(item.id);
    else tab.own.delete(item.id);
    if (!previous && !own) fresh.push(tracked);
  }
  if (results.length > 0) post(tab.page, { type: 'classified', results });
  tab.revision += 1;
  publishQueue(tab);
  if (fresh.length === 0) return;
  void deps.logSeen(fresh).catch(() => {});
  await sendMarks(
    tab,
    deps,
    fresh.map((t) => t.item.id),
  );
}

/**
 * Settings changed: every item read is classified again where it is (no round trip through the page); the page
 * hears only of the badges that changed, the panel gets the items whose classification did.
 */
export async function reclassify(tab: Tab, deps: TabHubDeps): Promise<void> {
  await deps.ready;
  const settings = deps.settings();
  const results: ClassifiedText[] = [];
  for (const [id, tracked] of tab.items) {
    if (tracked.readState !== 'read') continue;
    const classification = classifyItem(tracked.item, settings);
    if (JSON.stringify(classification) === JSON.stringify(tracked.classification)) continue;
    tab.items.set(id, { ...tracked, classification });
    tab.changed.add(id);
    const badge = badgeFacts(classification);
    if (JSON.stringify(badge) !== JSON.stringify(badgeFacts(tracked.classification)))
      results.push({ id, text: tracked.item.text, badge });
  }
  if (results.length > 0) post(tab.page, { type: 'classified', results });
  if (tab.changed.size === 0) return;
  tab.revision += 1;
  publishQueue(tab);
}
