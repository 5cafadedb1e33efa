/**
 * The network guard: records every request of every target of the browser through the DevTools protocol,
 * on a connection of its own (Playwright keeps its pipe). The browser session auto-attaches (flatten) to
 * every page, service worker and extension page; each session auto-attaches to its frames and workers
 * (the panel's out-of-process frame) and enables Network, so nothing is missed. A request is CareSide's
 * when its target is one of the extension's (service worker, options page, panel frame) or when a script
 * of the extension started it (a content script's fetch runs in the site's page: its initiator's stack
 * names the content script's chrome-extension:// file).
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import WebSocket from 'ws';

export interface RecordedRequest {
  url: string;
  /** The target that made it: 'page', 'iframe', 'service_worker', 'worker', … */
  targetType: string;
  targetUrl: string;
  /** The first chrome-extension:// script in the initiator's stack, if any. */
  initiatorScript?: string;
  fromExtension: boolean;
}

interface CdpMessage {
  id?: number;
  method?: string;
  sessionId?: string;
  params?: Record<string, unknown>;
  result?: unknown;
  error?: { message: string };
}

interface StackTrace {
  callFrames: { url: string }[];
  parent?: StackTrace;
}

function extensionScript(initiator: { url?: string; stack?: StackTrace } | undefined): string | undefined {
  if (initiator?.url?.startsWith('chrome-extension://')) return initiator.url;
  for (let stack = initiator?.stack; stack; stack = stack.parent) {
    const frame = stack.callFrames.find((call) => call.url.startsWith('chrome-extension://'));
    if (frame) return frame.url;
  }
  return undefined;
}

async function devToolsUrl(userDataDir: string): Promise<string> {
  const file = join(userDataDir, 'DevToolsActivePort');
  for (let waited = 0; waited < 10_000; waited += 50) {
    if (existsSync(file)) {
      const [port, path] = readFileSync(file, 'utf8').trim().split('\n');
      if (port && path) return `ws://127.0.0.1:${port}${path}`;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('The browser did not open its DevTools port');
}

export interface NetworkGuard {
  /** Every request seen so far, from every target. */
  readonly requests: RecordedRequest[];
  /** CareSide's requests to anything but its own files, data:/blob: URLs and the allowed documents. */
  violations(allowed: (url: string) => boolean): RecordedRequest[];
  close(): void;
}

/** Starts recording. The browser must run with --remote-debugging-port=0 and this user data dir. */
export async function startNetworkGuard(
  userDataDir: string,
  extensionId: () => string | undefined,
): Promise<NetworkGuard> {
  // Our files: the extension's id, or the per-session id of a web-accessible file (use_dynamic_url: the panel).
  const own = (url: string) => {
    const id = extensionId();
    if (id !== undefined && url.startsWith(`chrome-extension://${id}/`)) return true;
    return /^chrome-extension:\/\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\//.test(url);
  };
  const socket = new WebSocket(await devToolsUrl(userDataDir), {
    perMessageDeflate: false,
    maxPayload: 256 * 1024 * 1024,
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  let nextId = 1;
  const pending = new Map<number, (message: CdpMessage) => void>();
  const targets = new Map<string, { targetId: string; type: string; url: string }>();
  const requests: RecordedRequest[] = [];
  const send = (method: string, params: object = {}, sessionId?: string) =>
    new Promise<CdpMessage>((resolve) => {
      const id = nextId++;
      pending.set(id, resolve);
      socket.send(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }));
    });
  const autoAttach = { autoAttach: true, waitForDebuggerOnStart: true, flatten: true };

  const attached = async (params: Record<string, unknown>) => {
    const sessionId = params.sessionId as string;
    const info = params.targetInfo as { targetId: string; type: string; url: string };
    targets.set(sessionId, { targetId: info.targetId, type: info.type, url: info.url });
    // Network first, then the target's own frames and workers, then let it run: nothing starts unseen.
    await Promise.all([send('Network.enable', {}, sessionId), send('Target.setAutoAttach', autoAttach, sessionId)]);
    if (params.waitingForDebugger) await send('Runtime.runIfWaitingForDebugger', {}, sessionId);
  };

  socket.on('message', (data) => {
    const message = JSON.parse(String(data)) as CdpMessage;
    if (message.id !== undefined) {
      pending.get(message.id)?.(message);
      pending.delete(message.id);
      return;
    }
    if (message.method === 'Target.attachedToTarget') void attached(message.params!);
    if (message.method === 'Target.targetInfoChanged') {
      // A page that navigates (about:blank → options.html) keeps its target: follow its URL.
      const info = message.params!.targetInfo as { targetId: string; url: string };
      for (const target of targets.values()) if (target.targetId === info.targetId) target.url = info.url;
    }
    if (message.method === 'Network.requestWillBeSent' && message.sessionId) {
      const params = message.params as {
        request: { url: string };
        initiator?: { url?: string; stack?: StackTrace };
        documentURL?: string;
      };
      const target = targets.get(message.sessionId) ?? { type: 'unknown', url: '' };
      // A page's requests belong to the document that made them (a frame of ours in a site's page is ours).
      const targetUrl = params.documentURL ?? target.url;
      const initiatorScript = extensionScript(params.initiator);
      requests.push({
        url: params.request.url,
        targetType: target.type,
        targetUrl,
        initiatorScript,
        fromExtension: /^chrome-extension:\/\//.test(targetUrl) || initiatorScript !== undefined,
      });
    }
  });
  await send('Target.setAutoAttach', autoAttach);

  return {
    requests,
    violations(allowed) {
      return requests.filter(
        (request) =>
          request.fromExtension && !own(request.url) && !/^(data|blob):/.test(request.url) && !allowed(request.url),
      );
    },
    close: () => socket.close(),
  };
}
