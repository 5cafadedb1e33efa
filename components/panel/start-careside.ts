import { browser } from 'wxt/browser';
import type { ContentScriptContext } from '#imports';
import type { PlatformAdapter } from '@/lib/platforms/types';
import { loadSettings, watchSettings } from '@/lib/settings';
import { defaultTimeZone } from '@/lib/settings/defaults';
import { createSeenReporter } from './seen-reporter';
// Modules are evaluated in import order: settings and messaging (Zod and the schemas) in one task, the
// runtime, the classifier and the panel in the next one.
import '@/lib/content/yield-to-page';
import { startContentRuntime } from '@/lib/content';
import { loadClassifierWeights } from '@/lib/content/load-classifier';
import { readReport } from '@/lib/content/read-report';
import { runtimeOptionsFrom } from './runtime-options';
import { mountPanel } from './mount-panel';
import { downloadSnapshot } from './save-snapshot';

/** Starts CareSide on a page: the site-agnostic runtime reads and classifies items, and the panel opens. */
export async function startCareSide(ctx: ContentScriptContext, adapter: PlatformAdapter) {
  // Checking the settings' time zone makes the page load ICU's data (20–35 ms on a 2-core machine, the
  // first time): done in a task of its own while storage answers, not in the task that parses settings.
  setTimeout(defaultTimeZone, 0);
  const [settings] = await Promise.all([loadSettings(), loadClassifierWeights()]);
  const seen = createSeenReporter(ctx.signal);
  const runtime = startContentRuntime(adapter, ctx.signal, runtimeOptionsFrom(settings, adapter.platform), {
    onSeen: seen.report,
  });
  const stopWatching = watchSettings((next) => runtime.setOptions(runtimeOptionsFrom(next, adapter.platform)));
  ctx.onInvalidated(stopWatching);

  const toggleListeners = new Set<() => void>();
  // Only the extension itself can message a content script (tabs.sendMessage from the background).
  const onMessage = (message: unknown, _sender: unknown, sendResponse: (response: unknown) => void) => {
    const name = (message as { careside?: number; name?: string })?.name;
    if (name === 'togglePanel') toggleListeners.forEach((listener) => listener());
    if (name === 'readReport') sendResponse(readReport(adapter, document));
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

  return mountPanel(ctx, {
    platform: adapter.platform,
    runtime,
    themeOf: adapter.themeOf,
    saveSnapshot: () => downloadSnapshot(adapter, browser.runtime.getManifest().version),
    onToggleRequest: (listener) => {
      toggleListeners.add(listener);
      return () => toggleListeners.delete(listener);
    },
  });
}
