/**
 * Busy pages: a virtualised 10,000-tweet timeline scrolled through, and a 1,000-tweet timeline (every tweet in
 * the DOM) that the site mutates a thousand times a second. CareSide reads them in idle slices with a bounded,
 * coalescing queue of changes: the page's heap stays flat and no task on its main thread lasts 50 ms or more
 * once CareSide has read the page. The same figures are in `npm run bench -- --only=busy --json`.
 */
import { justWait, measureBusyPage, scrollAndPause } from '../../scripts/lib/busy-page';
import { BUSY_FEED_URL, STORM_FEED_URL, STORM_RATE } from '../fixtures/x/stress-pages';
import { expect, test } from './fixtures';

test('a virtualised 10,000-tweet timeline scrolled through: flat heap, no task of 50 ms or more', async ({
  page,
}, testInfo) => {
  testInfo.setTimeout(180_000);
  const figures = await measureBusyPage(page, BUSY_FEED_URL, 15, scrollAndPause);
  testInfo.annotations.push({ type: 'measured', description: JSON.stringify(figures) });
  expect(figures.longestTaskMs).toBeLessThan(50);
  expect(figures.heapGrowthMb).toBeLessThan(5);
});

test('a page that mutates a thousand times a second: flat heap, no task of 50 ms or more', async ({
  page,
}, testInfo) => {
  testInfo.setTimeout(180_000);
  const figures = await measureBusyPage(page, STORM_FEED_URL, 15, justWait);
  testInfo.annotations.push({ type: 'measured', description: JSON.stringify(figures) });
  // The storm really ran at its rate during the measurement.
  expect(figures.mutationsPerSecond).toBeGreaterThan(STORM_RATE * 0.9);
  expect(figures.longestTaskMs).toBeLessThan(50);
  expect(figures.heapGrowthMb).toBeLessThan(5);
});
