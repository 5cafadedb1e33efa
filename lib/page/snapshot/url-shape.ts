/**
 * Links reduced to their structure: the site's path words stay (`/status/`, `/posts/`, `permalink.php`),
 * profile names and slugs get their pseudonyms, ids are renumbered, only the query keys that carry a
 * content id are kept, fragments go, and other sites become https://example.invalid/.
 */
import type { Pseudonyms } from './pseudonyms';

export const ELSEWHERE = 'https://example.invalid/';
const SITE_HOST = /^(?:(?:www|m|mobile|web)\.)?(?:x|twitter|facebook)\.com$/i;

/** Path words of X and Facebook that name a kind of page, never a person. */
const STRUCTURAL = new Set(
  (
    'status statuses i web photo photos video videos analytics likes retweets quotes history home explore ' +
    'notifications mentions verified search messages settings bookmarks lists communities compose intent ' +
    'followers following verified_followers with_replies media highlights articles article topics grok ' +
    'posts permalink.php story.php photo.php video.php profile.php permalink groups group pages page events ' +
    'watch reel reels hashtag comment comments people friends about stories marketplace gaming user ' +
    'share shares ufi reaction browse set home.php me help privacy policies ads login signup logout ' +
    'feed saved tv latest top live post tweet'
  ).split(' '),
);
/** Path words after which the next segment is a content id. */
const ID_FOLLOWS = new Set(['status', 'statuses', 'posts', 'permalink', 'videos', 'reel', 'reels', 'groups']);
/** Query keys that carry a content or profile id; every other parameter is dropped. */
const ID_KEYS = ['story_fbid', 'fbid', 'id', 'v', 'comment_id', 'reply_comment_id'];

/** A path word of the sites' own (status, posts, profile.php...): kept as is in a snapshot. */
export function isStructuralSegment(segment: string): boolean {
  return STRUCTURAL.has(segment.toLowerCase());
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The segments that name someone or something (handles, page slugs, hashtags): what gets a pseudonym. */
export function nameSegments(href: string, base: string): string[] {
  const url = parseSiteUrl(href, base);
  if (!url) return [];
  const out: string[] = [];
  url.pathname.split('/').forEach((segment, i, all) => {
    const plain = decode(segment);
    if (
      plain &&
      !STRUCTURAL.has(plain.toLowerCase()) &&
      !/^\d+$/.test(plain) &&
      !ID_FOLLOWS.has(all[i - 1]?.toLowerCase() ?? '')
    )
      out.push(plain);
  });
  return out;
}

function parseSiteUrl(href: string, base: string): URL | null {
  try {
    const url = new URL(href, base);
    return /^https?:$/.test(url.protocol) && SITE_HOST.test(url.hostname) ? url : null;
  } catch {
    return null;
  }
}

function reducePath(path: string, names: Pseudonyms): string {
  const segments = path.split('/');
  return segments
    .map((segment, i) => {
      const plain = decode(segment);
      if (!plain || STRUCTURAL.has(plain.toLowerCase())) return segment;
      if (ID_FOLLOWS.has(segments[i - 1]?.toLowerCase() ?? '')) return encodeURIComponent(names.id(plain));
      if (/^\d+$/.test(plain)) return plain.length >= 5 ? names.renumber(plain) : plain;
      if (/^pfbid\w+$/.test(plain)) return names.id(plain);
      return encodeURIComponent(names.text(plain)).replace(/%40/g, '@');
    })
    .join('/');
}

/**
 * One link reduced: relative links stay relative, links on X or Facebook keep their host, anything else
 * becomes ELSEWHERE; `javascript:`, `mailto:` and the like become "#".
 */
export function reduceUrl(href: string, base: string, names: Pseudonyms): string {
  const trimmed = href.trim();
  if (trimmed === '' || trimmed.startsWith('#')) return '#';
  let url: URL;
  try {
    url = new URL(trimmed, base);
  } catch {
    return '#';
  }
  if (!/^https?:$/.test(url.protocol)) return '#';
  if (!SITE_HOST.test(url.hostname)) return ELSEWHERE;
  const query = new URLSearchParams();
  for (const key of ID_KEYS) {
    const value = url.searchParams.get(key);
    if (value !== null) query.set(key, names.id(value));
  }
  const search = query.toString() ? `?${query.toString()}` : '';
  const path = reducePath(url.pathname, names) + search;
  const relative = !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(trimmed);
  return relative ? path : `${url.protocol}//${url.hostname.toLowerCase()}${path}`;
}
