import type { PlatformAdapter } from '@/lib/platforms/types';

/**
 * Finds the element that shows item `id` now. Slow path (reads every candidate): used when the
 * element we knew was recycled by the site's virtualised list, e.g. before inserting a reply.
 */
export function findItemElementById(adapter: PlatformAdapter, doc: Document, id: string): Element | null {
  for (const candidate of adapter.findItemElements(doc)) {
    try {
      if (adapter.parseItem(candidate, Date.now())?.id === id) return candidate;
    } catch {
      // unreadable: keep looking
    }
  }
  return null;
}
