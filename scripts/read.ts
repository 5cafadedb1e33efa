// `npm run read -- PAGE.html --url URL`: loads the built extension in Chromium on a saved page, served at its
// real URL with no network, and prints one JSON line per item the page script read, with the fields it
// could not read and the strategy that read each field. Builds the extension first if it isn't built.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { EXTENSION_PATH, launchWithExtension } from './lib/launch';
import type { ReadReportLine } from '../lib/page/read-report';

/** The extension APIs the service worker has (evaluated there, not in Node). */
declare const chrome: {
  tabs: {
    query(q: object): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown): Promise<ReadReportLine[] | undefined>;
  };
};

function usage(message: string): never {
  console.error(`${message}\nUsage: npm run read -- PAGE.html --url https://x.com/… [--timeout 15000]`);
  process.exit(2);
}

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const url = option('--url');
const timeoutMs = Number(option('--timeout') ?? 15_000);
const file = args[0];
if (!file) usage('No page given.');
if (!url || !/^https:\/\/([a-z]+\.)?(x|twitter|facebook)\.com\//.test(url))
  usage('--url must be the page’s x.com or facebook.com address.');
if (!existsSync(file)) usage(`No such file: ${file}`);
if (!existsSync(resolve(EXTENSION_PATH, 'manifest.json'))) execSync('npx wxt build', { stdio: 'inherit' });

const launched = await launchWithExtension({ extraPages: new Map([[url, readFileSync(file, 'utf8')]]) });
try {
  const page = await launched.context.newPage();
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  // Ask the page script through the background, as the extension does: retry until it has started.
  const started = Date.now();
  let lines: ReadReportLine[] | null = null;
  while (!lines && Date.now() - started < timeoutMs) {
    // CareSide has no permission to see tabs' URLs: ask every tab; only the one with our page script answers.
    lines = await launched.serviceWorker.evaluate(async () => {
      for (const tab of await chrome.tabs.query({})) {
        if (tab.id === undefined) continue;
        try {
          const answer = await chrome.tabs.sendMessage(tab.id, { careside: 1, name: 'readReport' });
          if (answer) return answer;
        } catch {
          // no page script in this tab (yet)
        }
      }
      return null;
    });
    if (!lines) await page.waitForTimeout(250);
  }
  if (!lines) {
    console.error(`CareSide did not start on ${url} within ${timeoutMs} ms (is it a page the extension runs on?).`);
    process.exitCode = 1;
  } else {
    for (const line of lines) console.log(JSON.stringify(line));
    const unread = lines.filter((l) => l.unread.length > 0).length;
    console.error(`${lines.length} items, ${unread} with unread fields.`);
  }
} finally {
  await launched.close();
}
