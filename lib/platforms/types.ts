import type { Platform, SocialItem } from '@/lib/shared/model/social-item';

/**
 * Everything CareSide knows about one site's DOM and URLs. Only lib/platforms/ may hold selectors;
 * the content runtime is site-agnostic and talks to the page through this interface.
 */
export interface PlatformAdapter {
  readonly platform: Platform;
  matchesUrl(url: string): boolean;
  /** Candidate item elements (posts, comments, replies, mentions) under root, in document order. */
  findItemElements(root: ParentNode): Element[];
  /** The candidate item element that contains node (used to re-read items whose text changed). */
  closestItemElement(node: Node): Element | null;
  /** Reads one candidate; null means the markup was not recognised (counted as unreadable). */
  parseItem(el: Element, now: number): SocialItem | null;
  /** Clicks the item's in-place "See more"/"Show more" control if present; true when it did. */
  expandItem?(el: Element): boolean;
  /** Opens (or finds) the reply editor that belongs to this item; null when it did not appear. */
  openReplyBox(el: Element): Promise<HTMLElement | null>;
  isReplyBoxReady(box: HTMLElement): boolean;
  /** X only: whether the composer's Post button is enabled (the editor state saw the text). */
  postButtonEnabled?(box: HTMLElement): boolean;
  themeOf(doc: Document): 'light' | 'dark';
  /**
   * What an anonymised snapshot keeps (lib/snapshot): the dialog or column holding these items, and anything
   * outside it that reading needs. Empty: the snapshot keeps the items' common ancestor, or the body.
   */
  snapshotRoots?(doc: Document, items: readonly Element[]): Element[];
}
