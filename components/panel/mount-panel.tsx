import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { createShadowRootUi, type ContentScriptContext } from '#imports';
import { startContentRuntime } from '@/lib/content';
import type { PlatformAdapter } from '@/lib/platforms/types';
import { createQueryClient } from '@/lib/queries/client';
import { loadSettings, watchSettings } from '@/lib/settings';
import { defaultTimeZone } from '@/lib/settings/defaults';
import { PanelApp } from './PanelApp';
import { runtimeOptionsFrom } from './runtime-options';
import { createSeenReporter } from './seen-reporter';

/**
 * Starts CareSide on a page: the site-agnostic runtime reads and classifies items, and the panel is
 * mounted in a shadow root so neither the site's CSS nor ours leaks across. isolateEvents keeps the
 * site's keyboard shortcuts from firing while the user types in the panel.
 */
export async function startCareSide(ctx: ContentScriptContext, adapter: PlatformAdapter) {
  // Checking the settings' time zone makes the page load ICU's time-zone data (~15 ms the first time):
  // done in a task of its own while storage answers, not inside the task that parses the settings.
  setTimeout(defaultTimeZone, 0);
  const settings = await loadSettings();
  const seen = createSeenReporter(ctx.signal);
  const runtime = startContentRuntime(adapter, ctx.signal, runtimeOptionsFrom(settings, adapter.platform), {
    onSeen: seen.report,
  });
  const stopWatching = watchSettings((next) => runtime.setOptions(runtimeOptionsFrom(next, adapter.platform)));
  ctx.onInvalidated(stopWatching);

  const toggleListeners = new Set<() => void>();
  const onMessage = (message: unknown) => {
    if ((message as { careside?: number; name?: string })?.name === 'togglePanel')
      toggleListeners.forEach((listener) => listener());
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

  const queryClient = createQueryClient();
  const ui = await createShadowRootUi<Root>(ctx, {
    name: 'careside-panel',
    position: 'overlay',
    zIndex: 2147483000,
    anchor: 'body',
    isolateEvents: true,
    onMount(container) {
      const root = createRoot(container);
      root.render(
        <StrictMode>
          <QueryClientProvider client={queryClient}>
            <PanelApp
              platform={adapter.platform}
              runtime={runtime}
              themeOf={adapter.themeOf}
              onToggleRequest={(listener) => {
                toggleListeners.add(listener);
                return () => toggleListeners.delete(listener);
              }}
            />
          </QueryClientProvider>
        </StrictMode>,
      );
      return root;
    },
    onRemove(root) {
      root?.unmount();
    },
  });
  ui.mount();
  return ui;
}
