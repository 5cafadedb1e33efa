import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  defaultSettings,
  exportSettingsJson,
  importSettings,
  loadSettings,
  parseSettingsFile,
  saveSettings,
} from '@/lib/shared/settings';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('settings import/export', () => {
  it('round-trips an export', async () => {
    const settings = defaultSettings();
    settings.brand.names = ['Acme'];
    settings.tone.italianRegister = 'lei';
    const text = exportSettingsJson(settings, new Date('2025-01-02T03:04:05Z'));
    expect(JSON.parse(text)).toMatchObject({ careside: 'settings', exportedAt: '2025-01-02T03:04:05.000Z' });
    expect(await importSettings(text)).toMatchObject({ ok: true, area: 'sync' });
    expect(await loadSettings()).toEqual(settings);
  });

  it('migrates a file exported by an older version', () => {
    const file = { careside: 'settings', version: 1, settings: { brand: { signature: '— Luca' }, sla: { x: 20 } } };
    const result = parseSettingsFile(JSON.stringify(file));
    expect(result.ok && result.settings.brand.agentSignature).toBe('— Luca');
    expect(result.ok && result.settings.sla.x.targetMinutes).toBe(20);
  });

  it.each([
    ['not JSON', '{oops', 'invalid_json', ''],
    ['another JSON file', '{"name":"package"}', 'not_settings_file', ''],
    ['a file from a newer CareSide', '{"careside":"settings","version":99,"settings":{}}', 'newer_version', 'version'],
    ['a file without settings', '{"careside":"settings","version":3}', 'invalid_type', 'settings'],
  ])('rejects %s with a clear error', (_name, text, code, path) => {
    const result = parseSettingsFile(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues[0]).toMatchObject({ code, path });
  });

  it('reports every bad field with its path and changes nothing', async () => {
    const before = defaultSettings();
    before.brand.names = ['Before'];
    await saveSettings(before);
    const file = {
      careside: 'settings',
      version: 3,
      settings: { ...defaultSettings(), sla: { x: { targetMinutes: -1 } }, tone: { emoji: 'lots' } },
    };
    const result = await importSettings(JSON.stringify(file));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues.map((issue) => issue.path)).toEqual(['sla.x.targetMinutes', 'tone.emoji']);
    expect(await loadSettings()).toEqual(before);
  });
});
