import { defineConfig } from 'wxt';
import tailwindcss from '@tailwindcss/vite';
import type { Plugin } from 'vite';
import { ALL_SITE_MATCHES } from './lib/shared/site-matches';

/**
 * twitter-text imports core-js 2 polyfills, which patch RegExp and String built-ins when loaded. In a
 * content script that breaks V8's isolate-wide fast paths for the host page too: X's own split, replace
 * and matchAll with a regexp ran 7x slower with CareSide loaded. Every browser we support has these
 * built-ins natively, so the polyfills are dropped from the bundles.
 */
function dropCoreJsPolyfills(): Plugin {
  const EMPTY = '\0careside-no-polyfill';
  return {
    name: 'careside-drop-core-js',
    enforce: 'pre',
    resolveId: (id) => (id.startsWith('core-js/') ? EMPTY : null),
    load: (id) => (id === EMPTY ? 'export {};' : null),
  };
}

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  webExt: { disabled: true },
  vite: () => ({
    plugins: [dropCoreJsPolyfills(), tailwindcss()],
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Each permission's feature is named in tests/e2e/foundation.spec.ts; content scripts need no host permission.
    permissions: ['storage', 'notifications'],
    // The toolbar button carries the alerts badge (urgent items, overdue follow-ups); it has no popup.
    action: { default_title: '__MSG_extName__' },
    // The panel, framed by the page scripts; per-session URLs (Chromium) so pages can't probe for it.
    web_accessible_resources: [
      {
        resources: ['panel.html'],
        matches: ALL_SITE_MATCHES,
        ...(browser !== 'firefox' && { use_dynamic_url: true }),
      },
    ],
    commands: {
      'toggle-panel': {
        suggested_key: { default: 'Alt+Shift+C' },
        description: '__MSG_commandTogglePanel__',
      },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'careside@careside.local',
          strict_min_version: '140.0',
          // Nothing leaves the browser: say so in Firefox's data-collection consent.
          data_collection_permissions: { required: ['none'] },
        },
        // Firefox for Android knows data_collection_permissions from 142 on.
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
});
