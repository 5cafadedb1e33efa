import { browser } from 'wxt/browser';
import { storage, type WxtStorageItem } from '#imports';
import { compactSettings, expandSettings } from './compact';
import { SETTINGS_MIGRATIONS, SETTINGS_VERSION } from './migrations';
import { fitsSync } from './quota';
import { repairSettings } from './repair';
import { defaultSettings, settingsSchema, type Settings } from './schema';
import { issuesOf, type FieldIssue } from './issues';

/**
 * Settings live in `sync:settings` so they follow the user across browsers. When they are too large
 * for sync (or sync refuses the write) they go to `local:settings` instead; a local copy, when
 * present, wins on this browser until a save fits sync again.
 */
export type SettingsArea = 'sync' | 'local' | 'default';
export type FallbackReason = 'too_large' | 'sync_failed';

export interface SettingsState {
  settings: Settings;
  area: SettingsArea;
  /** Paths of stored values that were invalid and were repaired to defaults. */
  repaired: string[];
}

export type SaveResult =
  | { ok: true; settings: Settings; area: 'sync' | 'local'; bytes: number; limit: number; fallback?: FallbackReason }
  | { ok: false; issues: FieldIssue[] };

const KEY = 'settings';
/** WXT keeps the version in a `<key>$` metadata item next to the value. */
const META_BYTES = 32;
type Item = WxtStorageItem<unknown, { v: number }>;

let items: { sync: Item; local: Item } | undefined;

/** Defined lazily: defining a versioned item starts its migration, which must not happen at import. */
function settingsItems() {
  const options = { version: SETTINGS_VERSION, migrations: SETTINGS_MIGRATIONS };
  items ??= {
    sync: storage.defineItem<unknown, { v: number }>(`sync:${KEY}`, options) as Item,
    local: storage.defineItem<unknown, { v: number }>(`local:${KEY}`, options) as Item,
  };
  return items;
}

/** Migrates (idempotent) then reads; a failing or missing area reads as empty, never throws. */
async function readArea(item: Item): Promise<unknown> {
  try {
    await item.migrate();
  } catch (error) {
    console.warn('CareSide: settings migration failed, repairing instead', error);
  }
  try {
    return await item.getValue();
  } catch {
    return null;
  }
}

export async function loadSettingsState(): Promise<SettingsState> {
  const { sync, local } = settingsItems();
  const localValue = await readArea(local);
  const value = localValue ?? (await readArea(sync));
  if (value == null) return { settings: defaultSettings(), area: 'default', repaired: [] };
  const { settings, repaired } = repairSettings(expandSettings(value));
  return { settings, area: localValue != null ? 'local' : 'sync', repaired };
}

export async function loadSettings(): Promise<Settings> {
  return (await loadSettingsState()).settings;
}

async function write(item: Item, value: unknown): Promise<void> {
  // Version written with every value: lost metadata would otherwise re-run old migrations.
  await item.setValue(value);
  await item.setMeta({ v: SETTINGS_VERSION });
}

function syncLimits() {
  const area = browser.storage?.sync as { QUOTA_BYTES_PER_ITEM?: number; QUOTA_BYTES?: number } | undefined;
  return { perItem: area?.QUOTA_BYTES_PER_ITEM, total: area?.QUOTA_BYTES };
}

/** Validates then stores settings: sync when they fit, local otherwise (and the result says why). */
export async function saveSettings(input: unknown): Promise<SaveResult> {
  const parsed = settingsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: issuesOf(parsed.error) };
  const settings = parsed.data;
  const { sync, local } = settingsItems();
  const stored = compactSettings(settings);
  const fit = fitsSync(KEY, stored, syncLimits(), META_BYTES);
  const base = { ok: true as const, settings, bytes: fit.bytes, limit: fit.limit };
  if (fit.fits) {
    try {
      await write(sync, stored);
      await local.removeValue({ removeMeta: true });
      return { ...base, area: 'sync' };
    } catch (error) {
      console.warn('CareSide: sync storage refused the settings, keeping them on this browser', error);
      await write(local, stored);
      return { ...base, area: 'local', fallback: 'sync_failed' };
    }
  }
  await write(local, stored);
  return { ...base, area: 'local', fallback: 'too_large' };
}

export async function resetSettings(): Promise<SaveResult> {
  return saveSettings(defaultSettings());
}

/** Calls back with the repaired settings whenever either area changes (other tabs, other browsers). */
export function watchSettingsState(callback: (state: SettingsState) => void): () => void {
  const { sync, local } = settingsItems();
  let latest = 0;
  const reload = () => {
    const call = ++latest;
    void loadSettingsState().then((state) => {
      if (call === latest) callback(state);
    });
  };
  const unwatchSync = sync.watch(reload);
  const unwatchLocal = local.watch(reload);
  return () => {
    unwatchSync();
    unwatchLocal();
  };
}

export function watchSettings(callback: (settings: Settings) => void): () => void {
  return watchSettingsState((state) => callback(state.settings));
}
