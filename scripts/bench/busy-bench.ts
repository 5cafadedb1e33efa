/**
 * Busy pages (`--only=busy`): the virtualised 10,000-tweet timeline scrolled through, and the 1,000-tweet page
 * the site mutates a thousand times a second; heap growth after GC and the longest task on the page's main
 * thread while CareSide runs there (the goals of tests/e2e/busy-pages.spec.ts).
 */
import { justWait, measureBusyPage, scrollAndPause } from '../lib/busy-page';
import { launchWithExtension } from '../lib/launch';
import { BUSY_FEED_URL, STORM_FEED_URL } from '../../tests/fixtures/x/stress-pages';

export async function runBusyBench(): Promise<Record<string, number>> {
  const results: Record<string, number> = {};
  for (const [key, url, activity] of [
    ['busy_feed', BUSY_FEED_URL, scrollAndPause],
    ['storm_page', STORM_FEED_URL, justWait],
  ] as const) {
    const launched = await launchWithExtension({});
    try {
      const page = launched.context.pages()[0] ?? (await launched.context.newPage());
      const figures = await measureBusyPage(page, url, 15, activity);
      results[`${key}_heap_growth_mb`] = figures.heapGrowthMb;
      results[`${key}_longest_task_ms`] = figures.longestTaskMs;
      if (key === 'storm_page') results.storm_page_mutations_per_s = figures.mutationsPerSecond;
    } finally {
      await launched.close();
    }
  }
  return results;
}
