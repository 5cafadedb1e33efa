/** The runtime's state: items keyed by content id (never by node), immutable snapshots, listeners. */
import type { SocialItem } from '@/lib/shared/model/social-item';
import type { PageItem, VisibilityChange } from '@/lib/shared/messaging/ports';
import type { PageChanges, PageItemState, PageReadSnapshot, RuntimeOptions } from './types';

/** What reading needs of the options (the badges' target and words are the runtime's). */
type TrackerOptions = Pick<RuntimeOptions, 'ownHandles' | 'badges' | 'monitorKeywords'>;
import type { BadgeFacts } from '@/lib/shared/model/queue';
import { readStateOf } from './read-state';

interface Entry {
  tracked: PageItemState;
  own: boolean;
  textKey: string;
}

export function isOwnItem(item: SocialItem, ownHandles: readonly string[]): boolean {
  if (item.isOwn) return true;
  const handle = item.authorHandle.toLowerCase().replace(/^@/, '').replace(/\/+$/, '');
  return ownHandles.some((own) => {
    const h = own.toLowerCase().trim().replace(/^@/, '').replace(/\/+$/, '');
    return h !== '' && (handle === h || handle.endsWith(`/${h}`));
  });
}

export function monitoredIn(text: string, keywords: readonly string[]): string[] {
  const lower = text.toLowerCase();
  return keywords.filter((k) => k.trim() !== '' && lower.includes(k.trim().toLowerCase()));
}

export class ItemTracker {
  private entries = new Map<string, Entry>();
  private unreadable = new Set<string>();
  private revision = 0;
  private snapshot: PageReadSnapshot | null = null;
  private listeners = new Set<() => void>();
  private dirty = false;
  /** Ids changed since the last takeChanges(), and whether the page was reset meanwhile. */
  private changedIds = new Set<string>();
  /** Items that only came on or went off screen: sent as [id, visible, lastSeenAt], not as whole items. */
  private visibilityIds = new Set<string>();
  private wasReset = false;
  /** The unreadable count changed since the last takeChanges(): news even when no readable item changed. */
  private unreadableChanged = false;

  constructor(private options: TrackerOptions) {}

  setOptions(options: TrackerOptions): void {
    this.options = options;
    for (const [id, entry] of this.entries) this.refresh(id, entry.tracked.item, false);
    this.changed();
  }

  /**
   * A classification from the background, for the text it was made from: ignored when the item's text has
   * changed since (a newer request is on its way). Returns whether it was applied.
   */
  applyBadge(id: string, text: string, badge: BadgeFacts): boolean {
    const entry = this.entries.get(id);
    if (!entry || entry.tracked.item.text !== text) return false;
    entry.tracked = { ...entry.tracked, badge };
    this.dirty = true;
    return true;
  }

  /** What changed since the last call, for the background: upserted items, and whether the page was reset. */
  takeChanges(): PageChanges {
    const upserts: PageItem[] = [];
    for (const id of this.changedIds) {
      const entry = this.entries.get(id);
      if (!entry) continue;
      const { item, readState, visible, firstSeenAt, lastSeenAt, monitored } = entry.tracked;
      upserts.push({ item, readState, own: entry.own, visible, firstSeenAt, lastSeenAt, monitored });
    }
    const visibility: VisibilityChange[] = [];
    for (const id of this.visibilityIds) {
      const tracked = this.entries.get(id)?.tracked;
      if (tracked && !this.changedIds.has(id)) visibility.push([id, tracked.visible, tracked.lastSeenAt]);
    }
    this.visibilityIds.clear();
    const reset = this.wasReset;
    this.changedIds.clear();
    this.wasReset = false;
    const unreadableChanged = this.unreadableChanged;
    this.unreadableChanged = false;
    return { reset, upserts, visibility, unreadableCount: this.unreadable.size, unreadableChanged };
  }

  /** Everything again (the background restarted and lost the tab's state). */
  resendAll(): void {
    for (const id of this.entries.keys()) this.changedIds.add(id);
    this.wasReset = true;
  }

  get(id: string): PageItemState | undefined {
    return this.entries.get(id)?.tracked;
  }

  isOwn(id: string): boolean {
    return this.entries.get(id)?.own ?? false;
  }

  /** Adds or updates an item; returns the tracked value when it is new or its content changed. */
  upsert(item: SocialItem, now: number): PageItemState | null {
    const existing = this.entries.get(item.id);
    const textKey = `${item.text}\u0000${item.authorName}`;
    if (existing && existing.textKey === textKey && existing.tracked.item.isReply === item.isReply) {
      existing.tracked = { ...existing.tracked, lastSeenAt: now };
      return null;
    }
    return this.refresh(item.id, item, !existing, now);
  }

  private refresh(id: string, item: SocialItem, isNew: boolean, now = Date.now()): PageItemState {
    const existing = this.entries.get(id);
    const readState = readStateOf(item);
    // The background classifies (changes are sent to it); until it answers, nothing is claimed.
    const sameText = !isNew && existing?.tracked.item.text === item.text;
    const tracked: PageItemState = {
      item,
      badge: sameText ? existing!.tracked.badge : null,
      readState,
      visible: existing?.tracked.visible ?? false,
      firstSeenAt: existing?.tracked.firstSeenAt ?? now,
      lastSeenAt: now,
      monitored: monitoredIn(item.text, this.options.monitorKeywords),
    };
    this.entries.set(id, {
      tracked,
      own: isOwnItem(item, this.options.ownHandles),
      textKey: `${item.text}\u0000${item.authorName}`,
    });
    this.dirty = true;
    this.changedIds.add(id);
    return tracked;
  }

  setVisible(id: string, visible: boolean, now: number): void {
    const entry = this.entries.get(id);
    if (!entry || entry.tracked.visible === visible) return;
    entry.tracked = { ...entry.tracked, visible, lastSeenAt: visible ? now : entry.tracked.lastSeenAt };
    this.dirty = true;
    this.visibilityIds.add(id);
  }

  addUnreadable(signature: string): void {
    if (this.unreadable.has(signature)) return;
    this.unreadable.add(signature);
    this.unreadableChanged = true;
    this.dirty = true;
  }

  /** SPA navigation: keep nothing from the previous page. */
  reset(): void {
    this.entries.clear();
    if (this.unreadable.size > 0) this.unreadableChanged = true;
    this.unreadable.clear();
    this.changedIds.clear();
    this.visibilityIds.clear();
    this.wasReset = true;
    this.dirty = true;
  }

  ids(): string[] {
    return Array.from(this.entries.keys());
  }

  /** Publishes pending changes to subscribers (call once per batch). */
  changed(): void {
    if (!this.dirty) return;
    this.dirty = false;
    this.revision += 1;
    this.snapshot = null;
    for (const listener of Array.from(this.listeners)) {
      try {
        listener();
      } catch {
        // a faulty listener must not stop the others
      }
    }
  }

  getSnapshot(): PageReadSnapshot {
    if (!this.snapshot) {
      const items: PageItemState[] = [];
      let unreadText = 0;
      for (const e of this.entries.values()) {
        if (e.own) continue;
        items.push(e.tracked);
        if (e.tracked.readState === 'unread') unreadText++;
      }
      this.snapshot = Object.freeze({
        items: Object.freeze(items) as PageItemState[],
        unreadableCount: this.unreadable.size,
        unreadTextCount: unreadText,
        revision: this.revision,
      });
    }
    return this.snapshot;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
