/**
 * Which context sent a message or opened a port, told only from what the browser says of the sender (its
 * extension id, tab, frame and URL), never from anything in the message. Used by the router for requests
 * and by the tab hub for ports; anything that fits no context is refused.
 */
import type { SenderContext } from '@/lib/shared/messaging/define';
import { isSiteUrl } from '@/lib/shared/site-matches';

/** The fields of runtime.MessageSender the decision reads. */
export interface RawSender {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

/** What the background knows of itself: its id and its own origin (runtime.getURL('/')). */
export interface SenderPolicy {
  ownId: string;
  extensionOrigin: string;
}

const EXTENSION_PROTOCOLS = new Set(['chrome-extension:', 'moz-extension:']);

export function senderContext(sender: RawSender | undefined, policy: SenderPolicy): SenderContext | null {
  if (!sender || sender.id !== policy.ownId || !URL.canParse(sender.url ?? '')) return null;
  const url = new URL(sender.url!);
  const inTab = sender.tab?.id !== undefined;
  if (!EXTENSION_PROTOCOLS.has(url.protocol)) {
    // A content script: the browser reports the web page's URL. Ours run only in the top frame of a site.
    return inTab && sender.frameId === 0 && isSiteUrl(url.href) ? 'page' : null;
  }
  // The panel is framed inside a site's tab; on Chromium its host is a per-session id (use_dynamic_url),
  // so only its path is checked (the sender id above is already ours).
  if (url.pathname === '/panel.html') return inTab && (sender.frameId ?? 0) > 0 ? 'panel' : null;
  if (!url.href.startsWith(policy.extensionOrigin)) return null;
  return url.pathname === '/options.html' ? 'options' : null;
}

/** How a refusal names the sender in the log: its context and origin, never the page's full URL. */
export function describeSender(sender: RawSender | undefined, context: SenderContext | null): string {
  const origin = URL.canParse(sender?.url ?? '') ? new URL(sender!.url!).origin : 'no URL';
  return `${context ?? 'an unknown sender'} (${origin}${sender?.tab?.id !== undefined ? `, tab ${sender.tab.id}` : ''})`;
}
