import { defineConfig } from 'wxt';
import tailwindcss from '@tailwindcss/vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  webExt: { disabled: true },
  vite: () => ({ plugins: [tailwindcss()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    host_permissions: [
      'https://x.com/*',
      'https://twitter.com/*',
      'https://www.facebook.com/*',
      'https://facebook.com/*',
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
      },
    }),
  }),
});
