/** Reading a page and its anonymised snapshot with the same adapter, for the snapshot and fixture tests. */
import { adapterForUrl } from '@/lib/platforms';
import { buildSnapshot, snapshotRoots, type SnapshotFile } from '@/lib/page/snapshot';
import { renderBadge } from '@/lib/page/badges';
import { badgeStrings } from '@/lib/shared/i18n/messages/badge';
import { FRAME_HOST_ATTR } from '@/lib/page/panel-frame';
import type { BadgeFacts } from '@/lib/shared/model/queue';
import { FIXTURE_NOW, readPage, readSnapshot, type PageRead } from '../../scripts/lib/snapshot-fixture';
import { loadReplica } from './replica-window';

export const SNAPSHOT_NOW = FIXTURE_NOW;
export type { PageRead };

export interface SnapshotRun {
  before: PageRead;
  after: PageRead & { page: string };
  file: SnapshotFile;
  /** The original text and attributes of what the snapshot kept (the roots), to look for in the file. */
  keptText: string;
  keptMarkup: string;
}

/** Every attribute under root as name="value" (unescaped; happy-dom's outerHTML fails on some real pages). */
function attributesOf(root: Element): string {
  return [root, ...Array.from(root.querySelectorAll('*'))]
    .flatMap((el) => Array.from(el.attributes).map((attr) => `${attr.name}="${attr.value}"`))
    .join(' ');
}

/** What CareSide's runtime adds to a page it reads: its mark on every item and a badge (the real one) inside it. */
function markLikeCareSide(document: Document, url: string): void {
  const facts: BadgeFacts = { category: 'complaint', urgent: { flag: true }, troll: false, sentimentLabel: 'negative' };
  for (const el of adapterForUrl(url)!.findItemElements(document)) {
    el.setAttribute('data-careside-id', '1860000000000000099');
    const content = { facts, mark: null, state: 'read' as const, sla: null, slaMinutes: 60 };
    renderBadge(el, '1860000000000000099', content, badgeStrings('en'), true);
  }
  // The panel frame's host, put where a snapshot root would take it in (a site could re-parent it into a feed).
  const host = document.createElement('div');
  host.setAttribute(FRAME_HOST_ATTR, '');
  host.textContent = 'complaint queue';
  adapterForUrl(url)!.findItemElements(document)[0]?.append(host);
}

/** Reads a page, snapshots it with a fixed seed, reads the snapshot. marked: as the runtime leaves the page. */
export function snapshotRun(html: string, url: string, options: { seed?: number; marked?: boolean } = {}): SnapshotRun {
  const { seed = 7, marked = false } = options;
  const { window, document } = loadReplica({ url, html: () => html });
  try {
    const adapter = adapterForUrl(url)!;
    const before = readPage(document, url);
    if (marked) markLikeCareSide(document, url);
    const roots = snapshotRoots(document, adapter, adapter.findItemElements(document));
    const file = buildSnapshot(document, adapter, { version: 'test', seed, now: new Date(SNAPSHOT_NOW) });
    return {
      before,
      after: readSnapshot(file.html),
      file,
      keptText: roots.map((root) => root.textContent ?? '').join('\n'),
      keptMarkup: roots.map(attributesOf).join('\n'),
    };
  } finally {
    void window.happyDOM.close();
  }
}
