// `npm run demo`: builds CareSide and opens Chromium with it on the bundled replicas of X and Facebook,
// served at their real URLs with every other request blocked: no account, no network.
// With no display it runs headless and writes screenshots to a folder (`--screenshots DIR`).
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { REPLICA_PAGES } from '../tests/fixtures/routes';
import { launchWithExtension } from './lib/launch';

function argValue(flag: string): string | undefined {
  const index = process.argv.indexOf(flag);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const screenshotDir = resolve(argValue('--screenshots') ?? 'demo-screenshots');

console.log('Building the extension and the replica pages…');
execSync('npx wxt build', { stdio: 'inherit' });
execSync('npx tsx scripts/build-fixtures.ts', { stdio: 'inherit' });

const launched = await launchWithExtension({ headless, viewport: { width: 1440, height: 900 } });
const { context } = launched;
const pages = REPLICA_PAGES;
let first = true;
for (const replica of pages) {
  const page = first ? (context.pages()[0] ?? (await context.newPage())) : await context.newPage();
  first = false;
  await page.goto(replica.url);
  await page.locator('careside-panel').waitFor({ state: 'attached', timeout: 15_000 });
  await page.waitForTimeout(1500);
  if (headless) {
    mkdirSync(screenshotDir, { recursive: true });
    const file = `${screenshotDir}/${replica.name}.png`;
    await page.screenshot({ path: file });
    console.log(`  ${replica.name}: ${replica.url} → ${file}`);
  } else {
    console.log(`  ${replica.name}: ${replica.url}`);
  }
}
const dashboard = await context.newPage();
await dashboard.goto(`chrome-extension://${launched.extensionId}/options.html#dashboard`);
await dashboard.waitForTimeout(1000);
if (headless) {
  await dashboard.screenshot({ path: `${screenshotDir}/dashboard.png`, fullPage: true });
  console.log(`  dashboard → ${screenshotDir}/dashboard.png`);
}

const blocked = launched.blocked.filter((request) => request.fromExtension);
console.log(`Network requests made by CareSide: ${blocked.length}`);
if (headless) {
  console.log(`\nScreenshots written to ${screenshotDir}`);
  await launched.close();
} else {
  console.log('\nChromium is open with CareSide on the replicas. Close the window to end the demo.');
  await new Promise((done) => context.on('close', done));
}
