/**
 * An anonymised snapshot of the thread on screen, as a file the user can attach to a bug report: built in the
 * page, downloaded by the browser, never sent. lib/snapshot has no selectors: the adapter says what to keep.
 */
import type { PlatformAdapter } from '@/lib/platforms/types';
import { formatHeader } from './header';
import { randomSeed } from './prng';
import type { Pseudonyms } from './pseudonyms';
import { createAnonymiser } from './serialise';

export interface SnapshotFile {
  fileName: string;
  html: string;
  /** The page's URL as it appears in the file (structure only). */
  page: string;
  items: number;
  unreadable: number;
  /** The replacement tables used (tests map an original id or handle to its replacement with them). */
  names: Pseudonyms;
}

export interface SnapshotOptions {
  version: string;
  now?: Date;
  /** Fixed in tests; random otherwise, so two snapshots share no pseudo-words. */
  seed?: number;
}

/** The deepest element that contains every item. */
function commonAncestor(items: readonly Element[]): Element | null {
  let common: Element | null = items[0] ?? null;
  for (const item of items.slice(1)) while (common && !common.contains(item)) common = common.parentElement;
  return common;
}

/** What the snapshot keeps: the adapter's thread roots, else the items' common ancestor, else the body. */
export function snapshotRoots(doc: Document, adapter: PlatformAdapter, items: readonly Element[]): Element[] {
  const roots = adapter.snapshotRoots?.(doc, items) ?? [];
  if (roots.length > 0) return roots;
  const common = commonAncestor(items);
  return [common ?? doc.body ?? doc.documentElement];
}

export function buildSnapshot(doc: Document, adapter: PlatformAdapter, options: SnapshotOptions): SnapshotFile {
  const now = options.now ?? new Date();
  const elements = adapter.findItemElements(doc);
  let unreadable = 0;
  for (const el of elements) {
    try {
      if (!adapter.parseItem(el, now.getTime())) unreadable++;
    } catch {
      unreadable++;
    }
  }
  const anonymiser = createAnonymiser(doc, snapshotRoots(doc, adapter, elements), options.seed ?? randomSeed());
  const page = anonymiser.url(doc.defaultView?.location.href ?? '');
  const date = now.toISOString().slice(0, 10);
  const header = formatHeader({
    platform: adapter.platform,
    page,
    version: options.version,
    date,
    items: elements.length - unreadable,
    unreadable,
  });
  return {
    fileName: `careside-snapshot-${adapter.platform}-${date}.html`,
    html: `${header}\n${anonymiser.html()}\n`,
    page,
    items: elements.length - unreadable,
    unreadable,
    names: anonymiser.names,
  };
}
