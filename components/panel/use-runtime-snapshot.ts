import { useCallback, useSyncExternalStore } from 'react';
import type { ContentRuntime, PageSnapshot } from '@/lib/content';

/**
 * The page runtime's snapshot, with re-renders coalesced to a few per second: while the user scrolls a
 * long feed the runtime changes constantly, and re-rendering the panel on every change would put React
 * work on the site's main thread in proportion to the scroll.
 */
export function useRuntimeSnapshot(runtime: ContentRuntime, intervalMs = 300): PageSnapshot {
  const subscribe = useCallback(
    (listener: () => void) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const unsubscribe = runtime.subscribe(() => {
        timer ??= setTimeout(() => {
          timer = undefined;
          listener();
        }, intervalMs);
      });
      return () => {
        clearTimeout(timer);
        unsubscribe();
      };
    },
    [runtime, intervalMs],
  );
  return useSyncExternalStore(subscribe, runtime.getSnapshot);
}
