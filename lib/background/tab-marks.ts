/**
 * The marks a tab's page shows on its badges (handled, escalated, waiting on a follow-up), from the database (the one
 * owner). The page hears of a mark when it changes: new items, after a panel action, and after any database write
 * (the data revision: a follow-up closed in the panel or on the options page, an import, a wipe).
 */
import type { ItemMark } from '@/lib/shared/model/queue';
import type { BackgroundToPage } from '@/lib/shared/messaging/ports';
import type { Tab, TabHubDeps } from './tab-queue';

/** What each tab's page was last told, so a refresh sends only what changed. */
const told = new WeakMap<Tab, Map<string, ItemMark>>();

function post(tab: Tab, message: BackgroundToPage): void {
  try {
    tab.page.postMessage(message);
  } catch {
    // the page went away; the tab hub forgets the tab
  }
}

/**
 * Tells the page the marks of `ids` (every customer item of the tab when omitted) that differ from what it was
 * told. `force`: sent even when unchanged (the panel's action just drew "handled" on the page, maybe wrongly).
 */
export async function sendMarks(tab: Tab, deps: TabHubDeps, ids?: string[], force = false): Promise<void> {
  const asked = ids ?? [...tab.items.keys()].filter((id) => !tab.own.has(id));
  if (asked.length === 0) return;
  let found: Map<string, ItemMark>;
  try {
    found = new Map(await deps.marksAmong(tab.platform, asked));
  } catch {
    return; // the database could not answer: the badges keep what they show
  }
  let known = told.get(tab);
  if (!known) told.set(tab, (known = new Map()));
  const changes: [string, ItemMark | null][] = [];
  for (const id of asked) {
    const mark = found.get(id) ?? null;
    if (!force && (known.get(id) ?? null) === mark) continue;
    changes.push([id, mark]);
    if (mark) known.set(id, mark);
    else known.delete(id);
  }
  if (changes.length > 0) post(tab, { type: 'marks', marks: changes });
}
