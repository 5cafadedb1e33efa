/** The comment a snapshot file starts with: what it is, where from (as structure), and what was removed. */

export interface SnapshotHeader {
  platform: string;
  /** The page's URL reduced like every link in the file. */
  page: string;
  version: string;
  date: string;
  items: number;
  unreadable: number;
}

export const SNAPSHOT_MARK = 'CareSide snapshot, anonymised';

export function formatHeader(header: SnapshotHeader): string {
  const line = (text: string) => text.replace(/--/g, '- -');
  return [
    '<!--',
    `${SNAPSHOT_MARK}: every text is pseudo-words of the same length and script, names and handles are`,
    'pseudonyms, ids are renumbered, links keep only their structure; scripts, styles and images are removed.',
    'Nothing in it was sent anywhere: attach it to a bug report if you wish.',
    `platform: ${line(header.platform)}`,
    `page: ${line(header.page)}`,
    `careside: ${line(header.version)}`,
    `date: ${line(header.date)}`,
    `items: ${header.items} (${header.unreadable} unreadable)`,
    '-->',
  ].join('\n');
}

/** Reads the header back (fixture:import); null when the file is not a CareSide snapshot. */
export function parseHeader(html: string): SnapshotHeader | null {
  const comment = html.match(/^\s*<!--([\s\S]*?)-->/)?.[1];
  if (!comment || !comment.includes(SNAPSHOT_MARK)) return null;
  const field = (name: string) => comment.match(new RegExp(`^${name}: (.*)$`, 'm'))?.[1].trim() ?? '';
  const items = field('items').match(/^(\d+) \((\d+) unreadable\)/);
  return {
    platform: field('platform'),
    page: field('page'),
    version: field('careside'),
    date: field('date'),
    items: Number(items?.[1] ?? 0),
    unreadable: Number(items?.[2] ?? 0),
  };
}
