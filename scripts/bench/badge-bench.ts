/**
 * How soon the page shows what CareSide thinks, with the built extension (classification in the background):
 * - first_badge_ms: from the page's DOMContentLoaded (its markup parsed; the site's own loading before that is
 *   not ours) to the first badge on a replica status page, p95 of fresh loads: the page script's start,
 *   reading, the round trip to the background and drawing are all included (first_badge_ms_from_navigation:
 *   the same from navigation start);
 * - badge_latency_ms: on the 2,000-tweet feed, scrolled with pauses, from the moment the page script has read
 *   an item (its mark appears, "pending") to the moment its badge is drawn with the category from the
 *   background, p95 (items read off screen get no badge and are not counted).
 * Plus content_script_gz_kb per site, and what the background posts to the panel during that scrolling
 * (panel_queue_kb in all, panel_message_kb_max for the largest message): the queue's changes, not the queue.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { BENCH_FEED_URL, REPLICA_PAGES } from '../../tests/fixtures/routes';
import { chromiumArgs } from '../lib/chromium';
import { routeReplicas } from '../lib/replica-routing';

const LOADS = 12;
const SCROLL_STRETCHES = 12;

/**
 * Installed before the page's scripts: times every mark CareSide writes and every badge host it adds. A badge's
 * content is in a closed shadow root the page can't read, and an item gets its host when its category arrives
 * (items still pending have none), so the host's arrival is when the category came back.
 */
const RECORDER = `(() => {
  const marks = new Map(); const latencies = []; window.__badge = { first: null, latencies, firstMark: null };
  new MutationObserver((records) => {
    const now = performance.now();
    for (const r of records) {
      const el = r.target;
      if (r.type === 'childList') {
        for (const node of r.addedNodes) {
          if (node.nodeType !== 1 || !node.hasAttribute('data-careside-badge-host')) continue;
          if (window.__badge.first === null) window.__badge.first = now;
          const at = marks.get(el);
          if (at !== undefined) { latencies.push(now - at); marks.delete(el); }
        }
        continue;
      }
      if (r.attributeName === 'data-careside-id' && !marks.has(el)) { marks.set(el, now); if (window.__badge.firstMark === null) window.__badge.firstMark = now; }
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-careside-id'] });
})();`;

/** In the service worker: wraps the panel port's postMessage to record each message's size (JSON characters). */
function recordPanelMessages(): void {
  const sizes: number[] = [];
  Object.assign(globalThis, { __panelSizes: sizes });
  // The worker's own `chrome` (the bench's tsconfig has no extension types).
  const runtime = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome.runtime;
  runtime.onConnect.addListener((port) => {
    if (port.name !== 'careside-panel') return;
    const post = port.postMessage.bind(port);
    port.postMessage = (message: unknown) => {
      sizes.push(JSON.stringify(message).length);
      post(message);
    };
  });
}

const p95 = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] ?? NaN;
};

export function contentScriptSizes(extensionPath: string): Record<string, number> {
  const folder = join(extensionPath, 'content-scripts');
  return Object.fromEntries(
    readdirSync(folder)
      .filter((file) => file.endsWith('.js'))
      .map((file) => [file.replace(/\.js$/, ''), gzipSync(readFileSync(join(folder, file))).length / 1024]),
  );
}

export async function runBadgeBench(opts: { extensionPath: string; chromePath: string }) {
  const dir = mkdtempSync(join(tmpdir(), 'careside-badge-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: opts.chromePath,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [...chromiumArgs(opts.extensionPath), '--disable-smooth-scrolling'],
  });
  try {
    await routeReplicas(context);
    await context.addInitScript(RECORDER);
    const status = REPLICA_PAGES.find((page) => page.name === 'x-status-it')!.url;
    const firsts: number[] = [];
    const fromNavigation: number[] = [];
    for (let load = 0; load < LOADS; load++) {
      const page = await context.newPage();
      await page.goto(status);
      await page.waitForSelector('[data-careside-badge-host]', { state: 'attached', timeout: 15_000 });
      const timing = await page.evaluate(() => {
        const b = (window as unknown as { __badge: { first: number; firstMark: number } }).__badge;
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        return { ...b, domContentLoaded: nav.domContentLoadedEventEnd, load: nav.loadEventEnd };
      });
      if (process.env.BADGE_DEBUG) console.error(JSON.stringify({ ...timing, latencies: undefined }));
      firsts.push(timing.first - timing.domContentLoaded);
      fromNavigation.push(timing.first);
      await page.close();
    }
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await worker.evaluate(recordPanelMessages);
    const feed = await context.newPage();
    await feed.goto(BENCH_FEED_URL);
    await feed.waitForSelector('[data-careside-id]', { state: 'attached', timeout: 30_000 });
    await feed.mouse.move(600, 400);
    for (let stretch = 0; stretch < SCROLL_STRETCHES; stretch++) {
      for (let step = 0; step < 10; step++) {
        await feed.mouse.wheel(0, 700);
        await feed.waitForTimeout(16);
      }
      await feed.waitForTimeout(900); // a pause: CareSide reads what is on screen
    }
    const latencies = await feed.evaluate(
      () => (window as unknown as { __badge: { latencies: number[] } }).__badge.latencies,
    );
    const panelSizes = await worker.evaluate(() => (globalThis as unknown as { __panelSizes: number[] }).__panelSizes);
    console.error(
      `  first badge: ${firsts.map((ms) => ms.toFixed(0)).join(', ')} ms; ${latencies.length} items classified while scrolling`,
    );
    return {
      first_badge_ms: p95(firsts),
      first_badge_ms_from_navigation: p95(fromNavigation),
      badge_latency_ms: p95(latencies),
      badge_latency_items: latencies.length,
      panel_queue_kb: Math.round(panelSizes.reduce((sum, size) => sum + size, 0) / 1024),
      panel_message_kb_max: Math.round(Math.max(0, ...panelSizes) / 1024),
      content_script_gz_kb: contentScriptSizes(opts.extensionPath),
    };
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
