import type { BrowserContext, Request } from '@playwright/test';
import { resolveReplica } from '../../tests/fixtures/routes';

const REPLICA_HOSTS = new Set(['x.com', 'twitter.com', 'www.facebook.com', 'facebook.com']);

export interface BlockedRequest {
  url: string;
  /** True when the request came from CareSide itself (its service worker, pages or content scripts). */
  fromExtension: boolean;
}

function isFromExtension(request: Request): boolean {
  if (request.serviceWorker()) return true;
  try {
    const frameUrl = request.frame().url();
    return frameUrl.startsWith('chrome-extension://');
  } catch {
    return false;
  }
}

/**
 * Serves the replica pages at their real URLs and aborts every other request, so nothing reaches the
 * network. Unknown paths on the replica hosts get a 404 (a real site has those too); anything else is
 * blocked and recorded, and the e2e fixture fails a test whose extension made such a request.
 */
export async function routeReplicas(
  context: BrowserContext,
  /** Pages served before the replicas, by exact URL (npm run read serves a saved page at its real URL). */
  extraPages: ReadonlyMap<string, string> = new Map(),
): Promise<BlockedRequest[]> {
  const blocked: BlockedRequest[] = [];
  await context.route('**/*', async (route) => {
    const request = route.request();
    const url = request.url();
    if (url.startsWith('chrome-extension://') || url.startsWith('data:') || url.startsWith('blob:')) {
      return route.continue();
    }
    const extra = extraPages.get(url);
    if (extra !== undefined)
      return route.fulfill({ status: 200, body: extra, contentType: 'text/html; charset=utf-8' });
    const replica = resolveReplica(url);
    if (replica) return route.fulfill({ status: 200, body: replica.body, contentType: replica.contentType });
    let host = '';
    try {
      host = new URL(url).hostname;
    } catch {
      // not a URL we know: block it below
    }
    if (REPLICA_HOSTS.has(host)) return route.fulfill({ status: 404, body: 'Not found', contentType: 'text/plain' });
    blocked.push({ url, fromExtension: isFromExtension(request) });
    return route.abort('blockedbyclient');
  });
  // Requests made by the extension's service worker (fetch) are reported here, not always routed.
  context.on('request', (request) => {
    const url = request.url();
    if (request.serviceWorker() && !url.startsWith('chrome-extension://')) blocked.push({ url, fromExtension: true });
  });
  return blocked;
}
