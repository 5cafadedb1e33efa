import { useSyncExternalStore } from 'react';
import {
  defaultSettings,
  loadSettingsState,
  watchSettingsState,
  type Settings,
  type SettingsState,
} from '@/lib/shared/settings';

/**
 * One shared subscription per page (options page or a content script's panel): the first component
 * that needs settings loads them and watches storage; everyone re-renders when they change anywhere.
 */
export interface SettingsSnapshot extends SettingsState {
  loaded: boolean;
}

let snapshot: SettingsSnapshot | undefined;
const listeners = new Set<() => void>();
let stopWatching: (() => void) | undefined;

function publish(state: SettingsState): void {
  snapshot = { ...state, loaded: true };
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (!stopWatching) {
    stopWatching = watchSettingsState(publish);
    void loadSettingsState().then(publish, (error: unknown) => {
      console.warn('CareSide: settings could not be read, using defaults', error);
      publish({ settings: defaultSettings(), area: 'default', repaired: [] });
    });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      stopWatching?.();
      stopWatching = undefined;
    }
  };
}

/** Defaults until the first read answers (computed lazily: no work at import time). */
const getSnapshot = (): SettingsSnapshot =>
  (snapshot ??= { settings: defaultSettings(), area: 'default', repaired: [], loaded: false });

/** Settings with where they came from and whether they are loaded yet (defaults until then). */
export function useSettingsSnapshot(): SettingsSnapshot {
  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot);
}

/** The current settings, live: changes saved in any tab or synced browser show up without reload. */
export function useSettings(): Settings {
  return useSettingsSnapshot().settings;
}
