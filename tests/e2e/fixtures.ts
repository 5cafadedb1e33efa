import { test as base, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { launchWithExtension } from '../../scripts/lib/launch';
import type { NetworkGuard } from '../../scripts/lib/network-guard';
import type { BlockedRequest } from '../../scripts/lib/replica-routing';
import { resolveReplica } from '../fixtures/routes';
import type { OptionsSection } from '../../lib/ui/options-sections';

export interface ExtensionFixtures {
  /** Browser language, e.g. 'it-IT' for the Italian UI. */
  uiLocale: string;
  /** 'dark' to render the replicas' dark theme. */
  scheme: 'light' | 'dark';
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  blockedRequests: BlockedRequest[];
  /** Every request of every target (page, frames, service worker, extension pages), through CDP. */
  network: NetworkGuard;
  /** Opens the extension's options page at a section. */
  openOptions: (section?: OptionsSection) => Promise<Page>;
}

/**
 * The e2e harness every spec uses: Chromium with the built extension, replicas served at their real URLs,
 * every other request aborted, and a failure if the extension itself tried to reach the network.
 */
export const test = base.extend<ExtensionFixtures & { blockedGuard: void }>({
  uiLocale: ['en-US', { option: true }],
  scheme: ['light', { option: true }],
  context: async ({ uiLocale, scheme }, use) => {
    const launched = await launchWithExtension({ locale: uiLocale, colorScheme: scheme, networkGuard: true });
    (launched.context as BrowserContext & { __careside?: typeof launched }).__careside = launched;
    await use(launched.context);
    await launched.close();
  },
  serviceWorker: async ({ context }, use) => {
    await use((context as BrowserContext & { __careside: { serviceWorker: Worker } }).__careside.serviceWorker);
  },
  extensionId: async ({ context }, use) => {
    await use((context as BrowserContext & { __careside: { extensionId: string } }).__careside.extensionId);
  },
  blockedRequests: async ({ context }, use) => {
    await use((context as BrowserContext & { __careside: { blocked: BlockedRequest[] } }).__careside.blocked);
  },
  network: async ({ context }, use) => {
    await use((context as BrowserContext & { __careside: { network: NetworkGuard } }).__careside.network);
  },
  page: async ({ context }, use) => {
    const page = context.pages()[0] ?? (await context.newPage());
    await use(page);
  },
  openOptions: async ({ context, extensionId }, use) => {
    await use(async (section = 'dashboard') => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/options.html#${section}`);
      return page;
    });
  },
  blockedGuard: [
    async ({ blockedRequests, network }, use) => {
      await use();
      const fromExtension = blockedRequests.filter((request) => request.fromExtension);
      expect(fromExtension, 'CareSide must never make network requests').toEqual([]);
      // Every target, through the protocol: CareSide may load its own files and the replica pages, nothing else.
      const violations = network.violations((url) => resolveReplica(url) !== null);
      expect(violations, 'CareSide made a request to something other than its own files').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
