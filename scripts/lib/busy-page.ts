/**
 * Figures for busy pages (e2e tests/e2e/busy-pages.spec.ts and `npm run bench -- --only=busy`): once CareSide
 * has read the page, `seconds` of activity; the page's heap after a forced GC before and after, and every
 * long task on its main thread during the activity (PerformanceObserver, checked to work by a task of our own).
 */
import type { CDPSession, Page } from '@playwright/test';

declare global {
  interface Window {
    __longTasks: { start: number; duration: number }[];
    __stormMutations?: number;
  }
}

export interface BusyPageFigures {
  heapGrowthMb: number;
  heapMb: number;
  longestTaskMs: number;
  longTasks: number;
  /** The site's own mutations per second during the activity (the storm page only). */
  mutationsPerSecond: number;
}

function recordLongTasks(): void {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
}

async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usedSize;
}

/**
 * A thousand rows further (a tenth of a 10,000-row feed), ten screens of wheel scrolling there, then a pause
 * long enough for CareSide to read (it reads when scrolling pauses).
 */
export async function scrollAndPause(page: Page): Promise<void> {
  await page.evaluate(() => window.scrollBy(0, 1000 * 180));
  for (let step = 0; step < 10; step += 1) await page.mouse.wheel(0, 900);
  await page.waitForTimeout(700);
}

export const justWait = (page: Page) => page.waitForTimeout(1000);

export async function measureBusyPage(
  page: Page,
  url: string,
  seconds: number,
  activity: (page: Page) => Promise<void>,
): Promise<BusyPageFigures> {
  await page.addInitScript(recordLongTasks);
  await page.mouse.move(500, 400);
  await page.goto(url, { timeout: 120_000 });
  // A badge's host: CareSide has read items and the background has classified them.
  await page.locator('[data-careside-badge-host]').first().waitFor({ state: 'attached', timeout: 60_000 });
  const cdp = await page.context().newCDPSession(page);
  await page.waitForTimeout(2000);
  const heapBefore = await heapAfterGc(cdp);
  const start = await page.evaluate(() => performance.now());
  const mutationsBefore = await page.evaluate(() => window.__stormMutations ?? 0);
  const started = Date.now();
  while (Date.now() - started < seconds * 1000) await activity(page);
  const elapsed = (Date.now() - started) / 1000;
  const mutations = (await page.evaluate(() => window.__stormMutations ?? 0)) - mutationsBefore;
  const heapAfter = await heapAfterGc(cdp);
  await cdp.detach();
  const tasks = await page.evaluate((since) => window.__longTasks.filter((task) => task.start >= since), start);
  // The instrument works: a 120 ms task of our own, an ordinary timer task of the page, is seen. Polled by
  // interval: animation frames may not run for a page in the background of a loaded machine.
  await page.evaluate(() =>
    setTimeout(() => {
      const until = performance.now() + 120;
      while (performance.now() < until);
    }, 0),
  );
  await page.waitForFunction(() => window.__longTasks.some((task) => task.duration >= 100), null, {
    timeout: 20_000,
    polling: 100,
  });
  return {
    heapGrowthMb: (heapAfter - heapBefore) / 1024 / 1024,
    heapMb: heapAfter / 1024 / 1024,
    longestTaskMs: Math.max(0, ...tasks.map((task) => task.duration)),
    longTasks: tasks.length,
    mutationsPerSecond: mutations / elapsed,
  };
}
