/**
 * Reading an anonymised snapshot with the project's adapters (in happy-dom, at the page URL its header names):
 * what `npm run fixture:import` writes as expected.json and what the snapshot fixtures test compares against.
 */
import { adapterForUrl } from '../../lib/platforms';
import type { SocialItem } from '../../lib/shared/model/social-item';
import { parseHeader } from '../../lib/page/snapshot/header';
import { loadReplica } from '../../tests/dom/replica-window';

/** Fixed "now" for reading: relative times ("2 h") resolve the same on every run. */
export const FIXTURE_NOW = Date.parse('2025-11-24T12:00:00.000Z');

export type ExpectedSnapshotItem = Pick<
  SocialItem,
  'id' | 'inReplyToId' | 'kind' | 'isReply' | 'isOwn' | 'authorName' | 'authorHandle' | 'text' | 'media' | 'unread'
>;

export interface SnapshotExpectation {
  platform: string;
  page: string;
  /** Candidates the adapter found but could not read. */
  unreadable: number;
  items: ExpectedSnapshotItem[];
}

export interface PageRead {
  items: SocialItem[];
  unreadable: number;
}

/** Every candidate the adapter finds, read at a fixed time; null reads (and throws) count as unreadable. */
export function readPage(document: Document, url: string, now = FIXTURE_NOW): PageRead {
  const adapter = adapterForUrl(url);
  if (!adapter) throw new Error(`no adapter for ${url}`);
  const items: SocialItem[] = [];
  let unreadable = 0;
  for (const el of adapter.findItemElements(document)) {
    let item: SocialItem | null;
    try {
      item = adapter.parseItem(el, now);
    } catch {
      item = null;
    }
    if (item) items.push(item);
    else unreadable++;
  }
  return { items, unreadable };
}

/** Loads a snapshot file at the page URL its header names and reads it. Throws when it is not a snapshot. */
export function readSnapshot(html: string): PageRead & { page: string; platform: string } {
  const header = parseHeader(html);
  if (!header) throw new Error('not a CareSide snapshot (no "CareSide snapshot, anonymised" header)');
  const { window, document } = loadReplica({ url: header.page, html: () => html });
  try {
    return { ...readPage(document, header.page), page: header.page, platform: header.platform };
  } finally {
    void window.happyDOM.close();
  }
}

export function expectationOf(html: string): SnapshotExpectation {
  const read = readSnapshot(html);
  return {
    platform: read.platform,
    page: read.page,
    unreadable: read.unreadable,
    items: read.items.map(
      ({ id, inReplyToId, kind, isReply, isOwn, authorName, authorHandle, text, media, unread }) => ({
        id,
        ...(inReplyToId !== undefined ? { inReplyToId } : {}),
        kind,
        isReply,
        isOwn,
        authorName,
        authorHandle,
        text,
        ...(media ? { media } : {}),
        ...(unread ? { unread } : {}),
      }),
    ),
  };
}
