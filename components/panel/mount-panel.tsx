import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { createShadowRootUi, type ContentScriptContext } from '#imports';
import { createQueryClient } from '@/lib/queries/client';
import { PanelApp, type PanelAppProps } from './PanelApp';

/**
 * Mounts the panel in a shadow root, so neither the site's CSS nor ours leaks across. isolateEvents
 * keeps the site's keyboard shortcuts from firing while the user types in the panel.
 */
export async function mountPanel(ctx: ContentScriptContext, props: PanelAppProps) {
  const queryClient = createQueryClient();
  const ui = await createShadowRootUi<Root>(ctx, {
    name: 'careside-panel',
    position: 'overlay',
    zIndex: 2147483000,
    // WXT's shadow-root reset (:host{all:initial !important}) also resets the host's inline z-index and position,
    // leaving the panel under any site layer with a z-index (Facebook's photo viewer and post dialogs).
    css: ':host{position:relative!important;z-index:2147483000!important}',
    anchor: 'body',
    isolateEvents: true,
    onMount(container) {
      const root = createRoot(container);
      root.render(
        <StrictMode>
          <QueryClientProvider client={queryClient}>
            <PanelApp {...props} />
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
