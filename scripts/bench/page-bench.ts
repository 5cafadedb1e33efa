/**
 * Page benchmark: main-thread scripting of the host page while scrolling a 2,000-item X replica feed,
 * with and without CareSide (a fresh browser per run, rotated order, median of paired ratios), the
 * longest task, and the per-item cost of what the page script does per item: read + mark + badge.
 * Keys: page_overhead_ratio (with / without), longest_task_ms (traced: tasks that ran CareSide's code),
 * item_cost_us (+ longest_task_ms_page_load and a few diagnostics).
 */
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { BENCH_FEED_URL } from '../../tests/fixtures/routes';
import { routeReplicas } from '../lib/replica-routing';
import { buildFixtures } from '../build-fixtures';
import { chromiumArgs } from '../lib/chromium';
import { traceExtensionTasks, type ExtensionTask } from './extension-tasks';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * Bundles the page runtime + X adapter for injection into a plain page ("injected": reading, marks and badges
 * with no background, so classifications are made here, outside the timed page work, and applied as the
 * background's answers would be).
 */
export async function runtimeBundle(): Promise<string> {
  const entry = `
    import { startContentRuntime } from '@/lib/page';
    import { xAdapter } from '@/lib/platforms';
    import { classify } from '@/lib/shared/classify';
    import { isValidSocialItem } from '@/lib/page/validate-item';
    import { renderBadge, ensureBadgeStyle } from '@/lib/page/badges';
    import { badgeStrings } from '@/lib/shared/i18n/messages/badge';
    const strings = badgeStrings('en');
    import { tweetArticle } from './tests/fixtures/x/markup';
    import { benchTweets } from './tests/fixtures/x/bench-feed';
    const classifyItem = (item) => classify(item.text, { isReply: item.isReply });
    window.__caresideBench = {
      start() {
        const controller = new AbortController();
        const runtime = startContentRuntime(xAdapter, controller.signal, { ownHandles: ['acmeitalia'], badges: true, monitorKeywords: [], slaMinutes: 60, labels: strings });
        // The background's part, done off the clock: classify what was read and send it back.
        runtime.subscribe(() => setTimeout(() => {
          const { upserts } = runtime.takeChanges();
          const results = upserts.filter((u) => u.readState === 'read').map((u) => ({ id: u.item.id, text: u.item.text, badge: classifyItem(u.item) }));
          if (results.length > 0) runtime.applyClassifications(results);
        }, 0));
        window.__caresideRuntime = runtime;
        return true;
      },
      itemCost(count) {
        const host = document.createElement('div');
        host.innerHTML = benchTweets(count).map((t) => '<div data-testid="cellInnerDiv">' + tweetArticle(t) + '</div>').join('');
        document.body.appendChild(host);
        ensureBadgeStyle(document);
        document.body.offsetHeight; // lay out the new feed first: that is the page's cost, not ours
        const elements = xAdapter.findItemElements(host);
        const classified = new Map();
        for (const el of elements) { const item = xAdapter.parseItem(el, Date.now()); if (item) classified.set(el, classifyItem(item)); }
        const started = performance.now();
        for (const el of elements) {
          const item = xAdapter.parseItem(el, Date.now());
          if (!item || !isValidSocialItem(item)) continue;
          const c = classified.get(el);
          el.setAttribute('data-careside-id', item.id);
          renderBadge(el, item.id, { facts: c, mark: null, state: 'read', sla: { state: 'late', approximate: false, changesAt: null }, slaMinutes: 60 }, strings);
        }
        document.body.offsetHeight; // include the style/layout the badges cause
        const perItemUs = ((performance.now() - started) * 1000) / elements.length;
        host.remove();
        return perItemUs;
      },
    };`;
  const result = await build({
    stdin: { contents: entry, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
    alias: { '@': ROOT },
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  return result.outputFiles[0].text;
}

const LONGTASKS = `window.__longTasks = []; new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push(e.duration); }).observe({ type: 'longtask', buffered: true });`;

/**
 * Rounds. Each round opens a fresh browser per variant and scrolls them in turns (see scrollInTurns);
 * each round gives one with/without ratio, and the median of the rounds is reported with its spread.
 */
const DEFAULT_ROUNDS = 5;

type Variant = 'without' | 'injected' | 'with';

interface ScrollRun {
  /** Time of BUILTINS_PROBE in the page after scrolling. */
  builtinsMs: number;
  /** ScriptDuration: main-thread JS of every world on the page, ours included. */
  scriptMs: number;
  /** ThreadTime: main-thread CPU (script, style, layout, paint, GC). */
  threadMs: number;
  longestTaskMs: number;
}

/** A replica page ready to scroll, with its main-thread counters read through CDP. */
interface ScrollTarget {
  page: Page;
  metrics(): Promise<Record<string, number>>;
}

/**
 * `carries`: CareSide runs in this page (injected or the extension). Scrolling starts once it has read the
 * page, so its start-up (measured on its own: longest_task_ms_page_load) never falls in the scroll.
 */
async function openScrollTarget(context: BrowserContext, carries: boolean, inject?: string): Promise<ScrollTarget> {
  const page: Page = await context.newPage();
  await page.addInitScript(LONGTASKS);
  await page.goto(BENCH_FEED_URL);
  await page.waitForSelector('body[data-replica-ready]');
  if (inject) {
    await page.addScriptTag({ content: inject });
    await page.evaluate(() => (window as unknown as { __caresideBench: { start(): boolean } }).__caresideBench.start());
  }
  if (carries) await page.waitForSelector('[data-careside-id]', { state: 'attached', timeout: 30_000 });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.mouse.move(600, 400);
  return {
    page,
    metrics: async () =>
      Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value * 1000])),
  };
}

/**
 * The site's own built-in work (regexp split/replace/matchAll, array copies): a content script that
 * patches built-ins (core-js did) switches off V8's fast paths for the whole page, not just itself.
 */
const BUILTINS_PROBE = `(() => {
  const started = performance.now();
  let n = 0;
  for (let i = 0; i < 100000; i++) {
    n += 'a b c d'.split(/ /).length + 'x<y>z'.replace(/[<>]/g, (c) => c + c).length;
    for (const m of 'ab ab'.matchAll(/ab/g)) n += m.index;
    n += [1, 2, 3].map((x) => x).slice(1).concat([n & 1]).length;
  }
  return performance.now() - started;
})()`;

/** The fastest of n timings: the least disturbed by the other browsers still finishing their work. */
async function fastestOf(n: number, time: () => Promise<number>): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < n; i++) best = Math.min(best, await time());
  return best;
}

/** How the feed is scrolled: 300 wheel steps of 700 px in all, in turns between the pages. */
interface ScrollPattern {
  stepsPerTurn: number;
  /** Still time after each turn: 0 keeps every page scrolling without a pause long enough to read. */
  pauseMs: number;
}
const WHEEL_STEPS = 300;
/** Non-stop scrolling (the figure): with three pages in turns of one step, none is still for 0.1 s. */
const SCROLLING: ScrollPattern = { stepsPerTurn: 1, pauseMs: 0 };
/** Ten stretches, each followed by a pause long enough for CareSide to read what is on screen. */
const WITH_PAUSES: ScrollPattern = { stepsPerTurn: 30, pauseMs: 400 };

/** One turn of a pattern: its wheel steps, then its pause. */
async function scrollTurn(page: Page, pattern: ScrollPattern): Promise<void> {
  for (let step = 0; step < pattern.stepsPerTurn; step++) {
    await page.mouse.wheel(0, 700);
    await page.waitForTimeout(16);
  }
  if (pattern.pauseMs > 0) await page.waitForTimeout(pattern.pauseMs);
}

/**
 * Scrolls every target in turns (order rotating), so that the VM's speed, which drifts by ±15 % over
 * tens of seconds, is the same for all of them to within a turn.
 */
async function scrollInTurns(targets: ScrollTarget[], pattern: ScrollPattern): Promise<ScrollRun[]> {
  await targets[0].page.waitForTimeout(1500); // let initial work settle before measuring
  for (const target of targets)
    await target.page.evaluate(() => ((window as unknown as { __longTasks: number[] }).__longTasks.length = 0));
  const before = await Promise.all(targets.map((t) => t.metrics()));
  const turns = WHEEL_STEPS / pattern.stepsPerTurn;
  for (let turn = 0; turn < turns; turn++)
    for (let i = 0; i < targets.length; i++) {
      await scrollTurn(targets[(i + turn) % targets.length].page, pattern);
    }
  await targets[0].page.waitForTimeout(800); // the read once scrolling stops
  const after = await Promise.all(targets.map((t) => t.metrics()));
  const runs: ScrollRun[] = [];
  // One page at a time: the probe times the CPU, and the three browsers share two cores.
  for (const [i, target] of targets.entries()) {
    const longTasks = await target.page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
    runs.push({
      builtinsMs: await fastestOf(3, async () => (await target.page.evaluate(BUILTINS_PROBE)) as number),
      scriptMs: after[i].ScriptDuration - before[i].ScriptDuration,
      threadMs: after[i].ThreadTime - before[i].ThreadTime,
      longestTaskMs: Math.max(0, ...longTasks),
    });
  }
  return runs;
}

/** The scroll of scrollInTurns for one page alone: what a traced visit does. */
async function scrollAlone(page: Page, pattern: ScrollPattern): Promise<void> {
  for (let turn = 0; turn < WHEEL_STEPS / pattern.stepsPerTurn; turn++) await scrollTurn(page, pattern);
  await page.waitForTimeout(800);
}

/** Traced visits, each in a fresh browser with the extension alone on the machine. */
const TRACED_VISITS = 3;
/** How long after the feed is ready a visit still counts as "page load" (the extension starts at document_idle). */
const LOAD_SETTLE_MS = 2500;

/**
 * The tasks in which CareSide's code ran, on page load and while scrolling with pauses: the longest of
 * TRACED_VISITS visits for each, listed on stderr with what they were.
 */
async function measureExtensionTasks(chromePath: string, extensionPath: string): Promise<Record<string, number>> {
  const worst = { pageLoad: [] as ExtensionTask[], scrolling: [] as ExtensionTask[] };
  for (let visit = 0; visit < TRACED_VISITS; visit++) {
    const browser = await openBrowser(chromePath, extensionPath);
    try {
      const run = await traceExtensionTasks(browser.context, LOAD_SETTLE_MS, (page) => scrollAlone(page, WITH_PAUSES));
      const top = (tasks: ExtensionTask[]) =>
        tasks
          .slice(0, 3)
          .map((t) => `${t.durationMs.toFixed(0)} ms (ours ${t.ownMs.toFixed(0)}, ${t.kind})`)
          .join('; ') || 'none over 4 ms';
      console.error(`  traced visit ${visit + 1}/${TRACED_VISITS}: page load ${top(run.pageLoad)}`);
      console.error(`    while scrolling ${top(run.scrolling)}`);
      worst.pageLoad.push(...run.pageLoad.slice(0, 1));
      worst.scrolling.push(...run.scrolling.slice(0, 1));
    } finally {
      await browser.close();
    }
  }
  const longest = (tasks: ExtensionTask[]) => Math.max(0, ...tasks.map((t) => t.durationMs));
  return {
    longest_task_ms: longest(worst.scrolling),
    longest_task_ms_page_load: longest(worst.pageLoad),
  };
}

/**
 * A fresh browser, with or without the extension. Smooth scrolling is off for every variant: it turns
 * each wheel step into an animation whose frame count depends on timing, so runs would not scroll alike.
 */
async function openBrowser(
  chromePath: string,
  extensionPath?: string,
): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'careside-bench-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromePath,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [...chromiumArgs(extensionPath), '--disable-smooth-scrolling'],
  });
  await routeReplicas(context);
  return {
    context,
    async close() {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** The per-item cost of read + mark + badge (classifying is the background's), in a plain page. */
async function measureItemCost(chromePath: string, bundle: string): Promise<number> {
  const browser = await openBrowser(chromePath);
  try {
    const page = await browser.context.newPage();
    await page.goto(BENCH_FEED_URL);
    await page.addScriptTag({ content: bundle });
    const costs: number[] = [];
    for (let i = 0; i < 3; i++)
      costs.push(
        await page.evaluate(() =>
          (window as unknown as { __caresideBench: { itemCost(n: number): number } }).__caresideBench.itemCost(2000),
        ),
      );
    return median(costs);
  } finally {
    await browser.close();
  }
}

export async function runPageBench(opts: {
  extensionPath: string;
  chromePath: string;
  rounds?: number;
}): Promise<Record<string, number>> {
  await buildFixtures();
  const bundle = await runtimeBundle();
  const rounds = opts.rounds ?? DEFAULT_ROUNDS;
  const hasExtension = existsSync(join(opts.extensionPath, 'manifest.json'));
  // "injected" is the content runtime alone, added to the page: it separates our reading from the
  // rest of the extension (panel, messaging) when the two ratios differ.
  const variants: Variant[] = hasExtension ? ['without', 'injected', 'with'] : ['without', 'injected'];
  const results: Record<string, number> = { item_cost_us: await measureItemCost(opts.chromePath, bundle) };
  // Warm the disk cache for the extension's files: the very first launch is slower for reasons of its own.
  if (hasExtension) await (await openBrowser(opts.chromePath, opts.extensionPath)).close();

  const empty = (): Record<Variant, number[]> => ({ without: [], injected: [], with: [] });
  const runs: Record<Variant, ScrollRun[]> = { without: [], injected: [], with: [] };
  const scriptRatios = empty();
  const threadRatios = empty();
  const pausedRatios = empty();
  const pausedThreadRatios = empty();
  const longest = empty();
  const measuredWith: Variant = hasExtension ? 'with' : 'injected';
  const scrollAll = async (
    browsers: { context: BrowserContext }[],
    pattern: ScrollPattern,
  ): Promise<Record<Variant, ScrollRun>> => {
    const targets = await Promise.all(
      browsers.map((browser, i) =>
        openScrollTarget(browser.context, variants[i] !== 'without', variants[i] === 'injected' ? bundle : undefined),
      ),
    );
    try {
      const scrolled = await scrollInTurns(targets, pattern);
      return Object.fromEntries(variants.map((variant, i) => [variant, scrolled[i]])) as Record<Variant, ScrollRun>;
    } finally {
      await Promise.all(targets.map((target) => target.page.close()));
    }
  };
  for (let round = 0; round < rounds; round++) {
    // A fresh browser per variant and round: a long-lived browser drifts (three identical ones differed by 5 %).
    const browsers = await Promise.all(
      variants.map((variant) => openBrowser(opts.chromePath, variant === 'with' ? opts.extensionPath : undefined)),
    );
    try {
      const scrolling = await scrollAll(browsers, SCROLLING);
      const paused = await scrollAll(browsers, WITH_PAUSES);
      for (const variant of variants) {
        runs[variant].push(scrolling[variant]);
        scriptRatios[variant].push(scrolling[variant].scriptMs / Math.max(scrolling.without.scriptMs, 1e-6));
        threadRatios[variant].push(scrolling[variant].threadMs / Math.max(scrolling.without.threadMs, 1e-6));
        pausedRatios[variant].push(paused[variant].scriptMs / Math.max(paused.without.scriptMs, 1e-6));
        pausedThreadRatios[variant].push(paused[variant].threadMs / Math.max(paused.without.threadMs, 1e-6));
        longest[variant].push(scrolling[variant].longestTaskMs, paused[variant].longestTaskMs);
      }
      console.error(
        `  round ${round + 1}/${rounds}: script ms while scrolling ` +
          variants.map((v) => `${v} ${scrolling[v].scriptMs.toFixed(0)}`).join(', ') +
          `; with pauses ` +
          variants.map((v) => `${v} ${paused[v].scriptMs.toFixed(0)}`).join(', ') +
          `; longest task ` +
          variants.map((v) => `${v} ${Math.max(scrolling[v].longestTaskMs, paused[v].longestTaskMs)}`).join(', '),
      );
    } finally {
      await Promise.all(browsers.map((browser) => browser.close()));
    }
  }
  results.page_script_ms_without = median(runs.without.map((r) => r.scriptMs));
  results.page_script_ms_with = median(runs[measuredWith].map((r) => r.scriptMs));
  results.page_overhead_ratio = median(scriptRatios[measuredWith]);
  results.page_overhead_ratio_min = Math.min(...scriptRatios[measuredWith]);
  results.page_overhead_ratio_max = Math.max(...scriptRatios[measuredWith]);
  // Main-thread CPU with / without: less sensitive than wall-clock script time to the VM's other work.
  results.page_thread_ratio = median(threadRatios[measuredWith]);
  // Ten pauses, ten reads of what is on screen: the cost of reading, not only of scrolling.
  results.page_overhead_ratio_with_pauses = median(pausedRatios[measuredWith]);
  // Script time is wall-clock: the extension's background (writing the seen items to IndexedDB) competes for
  // the same two cores. Main-thread CPU says how much of the difference is the page's own thread.
  results.page_thread_ratio_with_pauses = median(pausedThreadRatios[measuredWith]);
  results.page_overhead_ratio_runtime_injected = median(scriptRatios.injected);
  results.page_overhead_ratio_runtime_injected_with_pauses = median(pausedRatios.injected);
  results.page_bench_rounds = rounds;
  results.host_builtins_ratio = median(
    runs[measuredWith].map((r, i) => r.builtinsMs / Math.max(runs.without[i].builtinsMs, 1e-6)),
  );
  // The Long Tasks API can't name the script behind a task: any long task in the with-page, three browsers
  // sharing two cores, next to the same figure for the page without CareSide.
  results.longest_task_ms_any_while_scrolling = Math.max(...longest[measuredWith]);
  results.longest_task_ms_any_baseline = Math.max(...longest.without);
  if (hasExtension) Object.assign(results, await measureExtensionTasks(opts.chromePath, opts.extensionPath));
  return results;
}
