import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  defaultSettings,
  loadSettings,
  loadSettingsState,
  saveSettings,
  SETTINGS_VERSION,
  SYNC_QUOTA_BYTES_PER_ITEM,
  watchSettings,
  type Settings,
} from '@/lib/shared/settings';

/** The raw stored JSON, which the tests poke into (and corrupt) on purpose. */
const stored = async (area: 'sync' | 'local') =>
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  (await fakeBrowser.storage[area].get(['settings', 'settings$'])) as Record<string, any>;

function hugeSettings(): Settings {
  const settings = defaultSettings();
  settings.monitoring.keywords = Array.from({ length: 150 }, (_, index) => `keyword number ${index} ${'x'.repeat(40)}`);
  return settings;
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('settings storage', () => {
  it('reads defaults when nothing is stored', async () => {
    expect(await loadSettingsState()).toEqual({ settings: defaultSettings(), area: 'default', repaired: [] });
  });

  it('saves to sync, compactly, and reads back the same settings', async () => {
    const settings = defaultSettings();
    settings.brand.names = ['Acme'];
    settings.criticalTopics[0].phrases.push('soldi rubati');
    const result = await saveSettings(settings);
    expect(result).toMatchObject({ ok: true, area: 'sync' });
    expect(result.ok && result.bytes).toBeLessThan(SYNC_QUOTA_BYTES_PER_ITEM);
    const { settings: raw, settings$: meta } = await stored('sync');
    expect(meta).toEqual({ v: SETTINGS_VERSION });
    expect(raw.criticalTopics[0].phrases).toContain('soldi rubati');
    expect(raw.criticalTopics[1]).toEqual({ id: settings.criticalTopics[1].id, builtin: true });
    expect(await loadSettingsState()).toEqual({ settings, area: 'sync', repaired: [] });
  });

  it('falls back to local storage when the settings are too large for sync, and says so', async () => {
    const result = await saveSettings(hugeSettings());
    expect(result).toMatchObject({ ok: true, area: 'local', fallback: 'too_large', limit: SYNC_QUOTA_BYTES_PER_ITEM });
    expect(result.ok && result.bytes).toBeGreaterThan(SYNC_QUOTA_BYTES_PER_ITEM);
    expect((await stored('sync')).settings).toBeUndefined();
    expect(await loadSettingsState()).toMatchObject({ area: 'local', settings: hugeSettings() });

    // Back under the limit: sync again, and the local copy no longer shadows it.
    expect(await saveSettings(defaultSettings())).toMatchObject({ ok: true, area: 'sync' });
    expect((await stored('local')).settings).toBeUndefined();
    expect((await loadSettingsState()).area).toBe('sync');
  });

  it('falls back to local storage when sync refuses the write', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    const result = await saveSettings(defaultSettings());
    expect(result).toMatchObject({ ok: true, area: 'local', fallback: 'sync_failed' });
    expect((await loadSettingsState()).area).toBe('local');
    vi.restoreAllMocks();
  });

  it('refuses invalid settings with field paths and writes nothing', async () => {
    const bad = defaultSettings();
    bad.sla.x.targetMinutes = 0;
    bad.departments[0].email = 'not-an-email';
    const result = await saveSettings(bad);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues.map((issue) => issue.path)).toEqual([
      'sla.x.targetMinutes',
      'departments[0].email',
    ]);
    expect(await stored('sync')).toEqual({});
    expect(await stored('local')).toEqual({});
  });

  it('repairs a bad stored value field by field instead of failing', async () => {
    const settings = defaultSettings();
    settings.brand.names = ['Acme'];
    await saveSettings(settings);
    const { settings: raw } = await stored('sync');
    raw.tone.panelSide = 'top';
    raw.businessHours = 'always';
    raw.criticalTopics.push({ id: 'gone', builtin: true }, { id: 'broken', label: 'Broken' });
    await fakeBrowser.storage.sync.set({ settings: raw });

    const state = await loadSettingsState();
    expect(state.settings.brand.names).toEqual(['Acme']);
    expect(state.settings.tone.panelSide).toBe('right');
    expect(state.settings.businessHours).toEqual(defaultSettings().businessHours);
    expect(state.settings.criticalTopics).toEqual(defaultSettings().criticalTopics);
    expect(state.repaired).toEqual(expect.arrayContaining(['tone.panelSide', 'businessHours']));
  });

  it.each([['garbage'], [42], [[1, 2]]])('never crashes on a stored %j', async (value) => {
    await fakeBrowser.storage.sync.set({ settings: value, settings$: { v: SETTINGS_VERSION } });
    expect(await loadSettings()).toEqual(defaultSettings());
  });

  it('migrates a v1 value found in storage and records the new version', async () => {
    await fakeBrowser.storage.sync.set({
      settings: {
        brand: { names: ['Acme'], signature: '— Giulia' },
        sla: { x: 30, facebook: 45 },
        tone: { language: 'it' },
      },
    });
    const settings = await loadSettings();
    expect(settings.brand.agentSignature).toBe('— Giulia');
    expect(settings.sla).toEqual({ x: { targetMinutes: 30 }, facebook: { targetMinutes: 45 } });
    expect(settings.tone.uiLanguage).toBe('it');
    const after = await stored('sync');
    expect(after.settings$).toEqual({ v: SETTINGS_VERSION });
    expect(after.settings.sla.x).toEqual({ targetMinutes: 30 });
  });

  it('tells watchers about every change until they unsubscribe', async () => {
    const seen: Settings[] = [];
    const stop = watchSettings((settings) => seen.push(settings));
    const changed = defaultSettings();
    changed.brand.ownHandles.x = ['acmecare'];
    await saveSettings(changed);
    await vi.waitFor(() => expect(seen.at(-1)?.brand.ownHandles.x).toEqual(['acmecare']));
    stop();
    const count = seen.length;
    await saveSettings(defaultSettings());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seen.length).toBe(count);
  });
});
