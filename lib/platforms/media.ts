import type { MediaKind } from '@/lib/shared/model/social-item';
import { queryAllFirst } from './dom-helpers';

export interface ItemMedia {
  kind: MediaKind;
  alt: string;
}

/** Words sites and users put in the alt or label of a sticker or a GIF, in the languages we know and a few more. */
const STICKER = /sticker|adesivo|autocollant|pegatina|aufkleber|figurinha/i;
const GIF = /\bgif\b/i;

function kindOf(el: Element, alt: string): MediaKind {
  if (GIF.test(alt)) return 'gif';
  if (el.tagName === 'VIDEO') return 'video';
  if (STICKER.test(alt)) return 'sticker';
  return 'photo';
}

/**
 * The first media element (from an ordered fallback list of selectors) that `skip` does not rule out: what a
 * comment with no text shows instead (a sticker, a GIF, a photo), with its alt text when there is one.
 */
export function readMedia(
  root: Element,
  selectors: readonly string[],
  skip: (el: Element) => boolean,
): ItemMedia | null {
  for (const el of queryAllFirst(root, selectors)) {
    if (skip(el)) continue;
    const alt = (el.getAttribute('alt') ?? el.getAttribute('aria-label') ?? '')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 500);
    return { kind: kindOf(el, alt), alt };
  }
  return null;
}
