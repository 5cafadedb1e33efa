/**
 * The panel's view of its page, through the background (the panel frame and the page script never talk
 * directly): the tab's queue, the page's theme and events, and commands such as "insert this reply".
 */
import { browser } from 'wxt/browser';
import type { InsertResult, PageSnapshot } from '@/lib/shared/model/queue';
import { applyQueueDelta } from '@/lib/shared/model/queue-delta';
import type { BackgroundToPanel, FrameLayout, PanelCommand } from '@/lib/shared/messaging/ports';
import { PANEL_PORT } from '@/lib/shared/messaging/port-names';

export interface PanelLink {
  /** useSyncExternalStore-compatible: the same object until the queue changes. */
  getSnapshot(): PageSnapshot;
  subscribe(listener: () => void): () => void;
  getTheme(): 'light' | 'dark';
  subscribeTheme(listener: () => void): () => void;
  insertReply(itemId: string, text: string): Promise<InsertResult>;
  reveal(itemId: string): void;
  markHandled(itemId: string): void;
  setLayout(layout: FrameLayout): void;
  /** Asks the page to download an anonymised snapshot of the thread; resolves with the file name. */
  saveSnapshot(): Promise<string>;
  onBadgeClick(listener: (itemId: string) => void): () => void;
  /** The toggle shortcut (Alt+Shift+C). */
  onToggle(listener: () => void): () => void;
}

/** The actions the detail view needs (a narrower view for components and tests). */
export type PanelActions = Pick<PanelLink, 'insertReply' | 'reveal' | 'markHandled'>;

const EMPTY: PageSnapshot = Object.freeze({ items: [], unreadableCount: 0, unreadTextCount: 0, revision: 0 });
const ANSWER_TIMEOUT_MS = 10_000;

function listeners<T extends unknown[]>() {
  const set = new Set<(...args: T) => void>();
  return {
    add(listener: (...args: T) => void) {
      set.add(listener);
      return () => void set.delete(listener);
    },
    emit: (...args: T) => set.forEach((listener) => listener(...args)),
  };
}

export function connectPanel(): PanelLink {
  let snapshot = EMPTY;
  let theme: 'light' | 'dark' = 'light';
  let nextRequest = 1;
  const pending = new Map<number, (answer: unknown) => void>();
  const changed = listeners();
  const themeChanged = listeners();
  const badgeClicks = listeners<[string]>();
  const toggles = listeners();
  let port: ReturnType<typeof browser.runtime.connect> | null = null;

  const onMessage = (message: BackgroundToPanel): void => {
    if (message.type === 'queue') {
      snapshot = applyQueueDelta(snapshot, message.delta);
      changed.emit();
    } else if (message.type === 'theme') {
      theme = message.theme;
      themeChanged.emit();
    } else if (message.type === 'badgeClick') badgeClicks.emit(message.id);
    else if (message.type === 'toggle') toggles.emit();
    else if (message.type === 'inserted') pending.get(message.request)?.(message.result);
    else if (message.type === 'snapshotSaved') pending.get(message.request)?.(message.fileName);
    else if (message.type === 'pageGone') {
      snapshot = EMPTY;
      changed.emit();
    }
  };
  const connect = (): void => {
    port = browser.runtime.connect({ name: PANEL_PORT });
    port.onMessage.addListener((message: unknown) => onMessage(message as BackgroundToPanel));
    // The service worker restarted: connect again; the page script sends its items again on its side.
    port.onDisconnect.addListener(() => setTimeout(connect, 300));
  };
  connect();
  const send = (command: PanelCommand): void => {
    try {
      port?.postMessage(command);
    } catch {
      // reconnecting
    }
  };
  function ask<T>(build: (request: number) => PanelCommand, timeout: T): Promise<T> {
    const request = nextRequest++;
    return new Promise<T>((resolve) => {
      const timer = setTimeout(() => (pending.delete(request), resolve(timeout)), ANSWER_TIMEOUT_MS);
      pending.set(request, (answer) => {
        clearTimeout(timer);
        pending.delete(request);
        resolve(answer as T);
      });
      send(build(request));
    });
  }

  return {
    getSnapshot: () => snapshot,
    subscribe: changed.add,
    getTheme: () => theme,
    subscribeTheme: themeChanged.add,
    insertReply: (id, text) =>
      ask<InsertResult>((request) => ({ type: 'insertReply', request, id, text }), {
        ok: false,
        method: 'none',
        message: 'The page did not answer.',
      }),
    reveal: (id) => send({ type: 'reveal', id }),
    markHandled: (id) => send({ type: 'markHandled', id }),
    setLayout: (layout) => send({ type: 'layout', layout }),
    saveSnapshot: () => ask<string>((request) => ({ type: 'saveSnapshot', request }), ''),
    onBadgeClick: badgeClicks.add,
    onToggle: toggles.add,
  };
}
