/**
 * The page script's port to the background, reconnected when the browser restarts the service worker (the
 * background then lost the tab's state, so everything is sent again). Messages from the background are
 * trusted: only the extension can connect to it.
 */
import { browser } from 'wxt/browser';
import type { BackgroundToPage, PageMessage } from '@/lib/shared/messaging/ports';
import { PAGE_PORT } from '@/lib/shared/messaging/port-names';

export interface BackgroundLink {
  post(message: PageMessage): void;
}

const RECONNECT_MS = 500;

export function connectToBackground(
  hello: PageMessage,
  onMessage: (message: BackgroundToPage) => void,
  onReconnect: () => void,
  signal: AbortSignal,
): BackgroundLink {
  let port: ReturnType<typeof browser.runtime.connect> | null = null;
  const connect = (): void => {
    if (signal.aborted) return;
    try {
      port = browser.runtime.connect({ name: PAGE_PORT });
    } catch {
      return; // the extension was reloaded or removed: this page script is orphaned
    }
    port.onMessage.addListener((message: unknown) => onMessage(message as BackgroundToPage));
    port.onDisconnect.addListener(() => {
      port = null;
      if (!signal.aborted) setTimeout(() => (connect(), port && onReconnect()), RECONNECT_MS);
    });
    port.postMessage(hello);
  };
  connect();
  signal.addEventListener('abort', () => port?.disconnect(), { once: true });
  return {
    post(message) {
      try {
        port?.postMessage(message);
      } catch {
        // disconnected: the reconnect sends the state again
      }
    },
  };
}
