import type { ReplicaPageSpec } from '../../fixtures/routes';

/** Puts a replica page's body (without its script) into the test window's document at the page URL. */
export function loadIntoDocument(spec: Pick<ReplicaPageSpec, 'url' | 'html'>): void {
  const html = spec.html();
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(spec.url);
  const body = html
    .slice(html.indexOf('>', html.indexOf('<body')) + 1, html.lastIndexOf('</body>'))
    .replace(/<script[\s\S]*?<\/script>/g, '');
  document.body.innerHTML = body;
}

export async function idle(ms = 400): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
}

/** Waits until the runtime has published nothing new for quietMs (max 4 s): robust on a busy CPU. */
export async function settle(runtime: { getSnapshot(): { revision: number } }, quietMs = 200): Promise<void> {
  const deadline = Date.now() + 4000;
  let last = -1;
  let stableSince = Date.now();
  while (Date.now() < deadline) {
    const revision = runtime.getSnapshot().revision;
    if (revision !== last) {
      last = revision;
      stableSince = Date.now();
    } else if (revision > 0 && Date.now() - stableSince >= quietMs) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/**
 * happy-dom never reports intersections. This stand-in says every observed element is on screen, as a
 * short page in a tall window would be, so visibility-driven behaviour (badges after a dwell) runs.
 */
export function installEverythingVisible(): () => void {
  const win = (document.defaultView ?? window) as unknown as { IntersectionObserver: unknown };
  const original = win.IntersectionObserver;
  class EverythingVisible {
    constructor(private readonly callback: IntersectionObserverCallback) {}
    observe(target: Element) {
      queueMicrotask(() =>
        this.callback(
          [{ target, isIntersecting: true } as IntersectionObserverEntry],
          this as unknown as IntersectionObserver,
        ),
      );
    }
    unobserve() {}
    disconnect() {}
    takeRecords() {
      return [];
    }
  }
  win.IntersectionObserver = EverythingVisible;
  return () => {
    win.IntersectionObserver = original;
  };
}
