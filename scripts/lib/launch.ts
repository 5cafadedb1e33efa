import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { chromiumArgs, requireChromium } from './chromium';
import { startNetworkGuard, type NetworkGuard } from './network-guard';
import { routeReplicas, type BlockedRequest } from './replica-routing';

export const EXTENSION_PATH = resolve(import.meta.dirname, '../../.output/chrome-mv3');

export interface LaunchedExtension {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  blocked: BlockedRequest[];
  /** Every request of every target, through the DevTools protocol (with `networkGuard: true`). */
  network?: NetworkGuard;
  close(): Promise<void>;
}

/** Starts Chromium with the built extension loaded and the replicas routed; used by e2e, demo and bench. */
export async function launchWithExtension(options: {
  headless?: boolean;
  locale?: string;
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
  extensionPath?: string;
  /** Extra pages served at their URLs (before the replicas). */
  extraPages?: ReadonlyMap<string, string>;
  /** Record every request of every target (page, frames, service worker, extension pages) for the e2e guard. */
  networkGuard?: boolean;
}): Promise<LaunchedExtension> {
  const extensionPath = options.extensionPath ?? EXTENSION_PATH;
  const userDataDir = mkdtempSync(join(tmpdir(), 'careside-chromium-'));
  const lang = options.locale ?? 'en-US';
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: requireChromium(),
    headless: options.headless ?? true,
    locale: lang,
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 1400, height: 900 },
    args: [
      ...chromiumArgs(extensionPath),
      `--lang=${lang}`,
      ...(options.networkGuard ? ['--remote-debugging-port=0'] : []),
    ],
  });
  // The guard starts before the worker is known; it learns the extension's id once it is.
  const known: { extensionId?: string } = {};
  const network = options.networkGuard ? await startNetworkGuard(userDataDir, () => known.extensionId) : undefined;
  const blocked = await routeReplicas(context, options.extraPages);
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;
  known.extensionId = extensionId;
  return {
    context,
    serviceWorker,
    extensionId,
    blocked,
    network,
    async close() {
      network?.close();
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
