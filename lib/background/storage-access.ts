import { browser } from 'wxt/browser';

/**
 * Settings (storage.sync, with a local fallback) and the data revisions (storage.local) are written only by
 * extension pages and the background; the page script gets its options from the background over its port and
 * never touches storage. So both areas are closed to content scripts where the browser can (Chromium); where it
 * can't (Firefox supports the access level on storage.session only), the areas stay as they were.
 */
export async function closeStorageToContentScripts(): Promise<void> {
  for (const [name, area] of [
    ['local', browser.storage.local],
    ['sync', browser.storage.sync],
  ] as const) {
    try {
      await area.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
    } catch (error) {
      console.info(`CareSide: storage.${name} stays readable by content scripts here (${String(error)})`);
    }
  }
}
