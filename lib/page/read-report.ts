/**
 * What the page script read, item by item, with the strategy that read each field: the output of
 * `npm run read` (scripts/read.ts), made by the same adapter and checks as the runtime, not a copy of them.
 */
import type { PlatformAdapter } from '@/lib/platforms/types';
import { withTrace, type ReadField } from '@/lib/platforms/strategy';
import type { SocialItem } from '@/lib/shared/model/social-item';
import { isValidSocialItem } from './validate-item';

export interface ReadReportLine {
  platform: SocialItem['platform'];
  id: string | null;
  parentId: string | null;
  kind: SocialItem['kind'] | null;
  author: string | null;
  handle: string | null;
  text: string | null;
  /** ISO time, or null when the page shows only a relative one we could not date. */
  time: string | null;
  media: SocialItem['media'] | null;
  /** Fields that could not be read; an item missing its id or author is not read at all. */
  unread: string[];
  via: Partial<Record<ReadField, string>>;
}

/** Fields an item cannot be read without, in the order the adapters read them. */
const REQUIRED: ReadField[] = ['id', 'author'];

export function readReport(adapter: PlatformAdapter, doc: Document, now = Date.now()): ReadReportLine[] {
  return adapter.findItemElements(doc).map((el) => {
    const { result, via } = withTrace(() => {
      try {
        return adapter.parseItem(el, now);
      } catch {
        return null;
      }
    });
    const item = result && isValidSocialItem(result) ? result : null;
    if (!item) {
      const missing = REQUIRED.find((field) => !via[field]) ?? 'item';
      return {
        platform: adapter.platform,
        id: null,
        parentId: null,
        kind: null,
        author: null,
        handle: null,
        text: null,
        time: null,
        media: null,
        unread: [missing],
        via,
      };
    }
    return {
      platform: item.platform,
      id: item.id,
      parentId: item.inReplyToId ?? null,
      kind: item.kind,
      author: item.authorName,
      handle: item.authorHandle,
      text: item.text,
      time: item.createdAtApproximate && !via.time ? null : new Date(item.createdAt).toISOString(),
      media: item.media ?? null,
      unread: [...(item.unread ?? [])],
      via,
    };
  });
}
