/** One tab of the Firefox session: navigate, evaluate, find the panel's frame, read and click badges. */
import type { Bidi } from './bidi';

interface RemoteValue {
  type: string;
  value?: unknown;
  sharedId?: string;
}
interface NodeValue extends RemoteValue {
  value?: { attributes?: Record<string, string>; shadowRoot?: (RemoteValue & { value?: { mode?: string } }) | null };
}

export interface FirefoxBadge {
  /** The item the badge belongs to: its host's nearest ancestor carrying data-careside-id. */
  itemId: string | null;
  text: string;
  label: string;
  visible: boolean;
  mode: string;
  x: number;
  y: number;
}

export async function topContext(bidi: Bidi): Promise<string> {
  const { contexts } = await bidi.send<{ contexts: { context: string }[] }>('browsingContext.getTree', { maxDepth: 0 });
  return contexts[0].context;
}

export async function navigate(bidi: Bidi, context: string, url: string): Promise<void> {
  await bidi.send('browsingContext.navigate', { context, url, wait: 'complete' });
}

function plain(value: RemoteValue): unknown {
  if (value.type === 'array') return (value.value as RemoteValue[]).map(plain);
  if (value.type === 'object')
    return Object.fromEntries((value.value as [string, RemoteValue][]).map(([k, v]) => [k, plain(v)]));
  return value.value;
}

/** Runs `fn` (a function's source) in the page's own world with the given remote arguments. */
export async function call<T>(bidi: Bidi, context: string, fn: string, args: RemoteValue[] = []): Promise<T> {
  const answer = await bidi.send<{ type: string; result?: RemoteValue; exceptionDetails?: { text: string } }>(
    'script.callFunction',
    { functionDeclaration: fn, arguments: args, target: { context }, awaitPromise: true, resultOwnership: 'none' },
  );
  if (answer.type !== 'success') throw new Error(`in page: ${answer.exceptionDetails?.text}`);
  return plain(answer.result!) as T;
}

export async function poll<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  what: string,
  ms = 20_000,
): Promise<T> {
  const started = Date.now();
  let last: T | undefined;
  while (Date.now() - started < ms) {
    try {
      last = await read();
      if (done(last)) return last;
    } catch (error) {
      last = error as T;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`Timed out waiting for ${what}; last: ${JSON.stringify(last)}`);
}

/** The panel's frame: a child browsing context at the extension's panel.html. */
export async function panelContext(bidi: Bidi, context: string): Promise<{ context: string; url: string } | undefined> {
  const { contexts } = await bidi.send<{ contexts: { children: { context: string; url: string }[] }[] }>(
    'browsingContext.getTree',
    { root: context },
  );
  return contexts[0].children.find((child) => /^moz-extension:\/\/[^/]+\/panel\.html/.test(child.url));
}

/**
 * The badges of the page: BiDi serialises closed shadow roots when asked (includeShadowTree "all"), which no
 * script of the page can do; their content is then read through that reference.
 */
export async function readBadges(bidi: Bidi, context: string): Promise<FirefoxBadge[]> {
  const answer = await bidi.send<{ type: string; result: { value: NodeValue[] } }>('script.evaluate', {
    expression: 'Array.from(document.querySelectorAll("[data-careside-badge-host]"))',
    target: { context },
    awaitPromise: false,
    resultOwnership: 'none',
    serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
  });
  const badges: FirefoxBadge[] = [];
  for (const host of answer.result.value) {
    const root = host.value?.shadowRoot;
    if (!root?.sharedId) continue;
    const [itemId, text, label, visible, x, y] = await call<[string | null, string, string, boolean, number, number]>(
      bidi,
      context,
      `(root) => { const b = root.querySelector('button'); const r = b.getBoundingClientRect();
        const item = root.host.closest('[data-careside-id]');
        return [item ? item.getAttribute('data-careside-id') : null, b.textContent, b.getAttribute('aria-label') ?? '',
          !b.hidden, r.x + r.width / 2, r.y + r.height / 2]; }`,
      [{ type: 'node', sharedId: root.sharedId }],
    );
    badges.push({ itemId, text, label, visible, mode: root.value?.mode ?? '', x, y });
  }
  return badges;
}

export async function clickAt(bidi: Bidi, context: string, x: number, y: number): Promise<void> {
  await bidi.send('input.performActions', {
    context,
    actions: [
      {
        type: 'pointer',
        id: 'mouse',
        parameters: { pointerType: 'mouse' },
        actions: [
          { type: 'pointerMove', x: Math.round(x), y: Math.round(y) },
          { type: 'pointerDown', button: 0 },
          { type: 'pointerUp', button: 0 },
        ],
      },
    ],
  });
}
