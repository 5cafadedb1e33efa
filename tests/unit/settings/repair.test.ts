import { describe, expect, it } from 'vitest';
import { defaultSettings, repairSettings } from '@/lib/shared/settings';

describe('repairSettings', () => {
  it('keeps valid settings as they are', () => {
    const settings = defaultSettings();
    settings.brand.names = ['Acme'];
    expect(repairSettings(settings)).toEqual({ settings, repaired: [] });
  });

  it('repairs a bad field to its default and keeps its good siblings', () => {
    const stored = defaultSettings();
    stored.brand.names = ['Acme'];
    (stored.sla.x as unknown) = { targetMinutes: 'soon' };
    stored.sla.facebook.targetMinutes = 15;
    (stored.tone as Record<string, unknown>).emoji = 'always';
    stored.tone.panelSide = 'left';
    const { settings, repaired } = repairSettings(stored);
    expect(settings.sla).toEqual({ x: { targetMinutes: 60 }, facebook: { targetMinutes: 15 } });
    expect(settings.tone.emoji).toBe('when_solved');
    expect(settings.tone.panelSide).toBe('left');
    expect(settings.brand.names).toEqual(['Acme']);
    expect(repaired.sort()).toEqual(['sla.x.targetMinutes', 'tone.emoji']);
  });

  it('drops a bad list element and keeps the others', () => {
    const stored = defaultSettings() as unknown as Record<string, unknown>;
    stored.criticalTopics = [
      { id: 'a', label: 'A', phrases: ['alpha'] },
      { id: 'b', label: 'B', phrases: [] },
      { id: 'c', label: 'C', phrases: ['gamma', 7] },
      { id: 'a', label: 'Duplicate', phrases: ['again'] },
    ];
    const { settings } = repairSettings(stored);
    expect(settings.criticalTopics).toEqual([
      { id: 'a', label: 'A', phrases: ['alpha'] },
      { id: 'c', label: 'C', phrases: ['gamma'] },
    ]);
  });

  it('replaces a whole section of the wrong type with its defaults', () => {
    const stored = { ...defaultSettings(), brand: 'Acme', businessHours: null } as unknown;
    const { settings, repaired } = repairSettings(stored);
    expect(settings.brand).toEqual(defaultSettings().brand);
    expect(settings.businessHours).toEqual(defaultSettings().businessHours);
    expect(repaired.sort()).toEqual(['brand', 'businessHours']);
  });

  it('fills missing fields from defaults', () => {
    const { settings } = repairSettings({ tone: { badges: false } });
    expect(settings.tone.badges).toBe(false);
    expect(settings.departments).toEqual(defaultSettings().departments);
  });

  it.each([null, 'garbage', 42, [1, 2]])('resets everything only when the value is not an object (%j)', (value) => {
    expect(repairSettings(value)).toEqual({ settings: defaultSettings(), repaired: ['*'] });
  });

  it('does not mutate the stored value', () => {
    const stored = { sla: { x: { targetMinutes: -5 } } };
    repairSettings(stored);
    expect(stored).toEqual({ sla: { x: { targetMinutes: -5 } } });
  });
});
