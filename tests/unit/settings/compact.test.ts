import { describe, expect, it } from 'vitest';
import { defaultSettings, syncItemBytes, SYNC_QUOTA_BYTES_PER_ITEM } from '@/lib/shared/settings';
import { compactSettings, expandSettings } from '@/lib/shared/settings/compact';

describe('compact stored form', () => {
  it('stores untouched built-in topics as references and expands them back', () => {
    const settings = defaultSettings();
    settings.criticalTopics[2].phrases = ['custom phrase'];
    settings.criticalTopics.push({ id: 'recall', label: 'Recall', phrases: ['recall'] });
    const compact = compactSettings(settings) as { criticalTopics: unknown[] };
    expect(compact.criticalTopics[0]).toEqual({ id: settings.criticalTopics[0].id, builtin: true });
    expect(compact.criticalTopics[2]).toEqual(settings.criticalTopics[2]);
    expect(compact.criticalTopics.at(-1)).toEqual({ id: 'recall', label: 'Recall', phrases: ['recall'] });
    expect(expandSettings(compact)).toEqual(settings);
  });

  it('makes default settings fit one browser-sync item, which the full form does not', () => {
    const settings = defaultSettings();
    expect(syncItemBytes('settings', compactSettings(settings))).toBeLessThan(SYNC_QUOTA_BYTES_PER_ITEM / 2);
    expect(syncItemBytes('settings', settings)).toBeGreaterThan(SYNC_QUOTA_BYTES_PER_ITEM);
  });

  it('keeps the order of topics and drops references to topics that no longer exist', () => {
    const expanded = expandSettings({
      criticalTopics: [
        { id: 'retired', builtin: true },
        { id: 'mine', label: 'M', phrases: ['m'] },
      ],
    });
    expect(expanded).toEqual({ criticalTopics: [{ id: 'mine', label: 'M', phrases: ['m'] }] });
  });

  it.each([null, 'text', [], { criticalTopics: 'nope' }])('passes malformed values through untouched (%j)', (value) => {
    expect(expandSettings(value)).toEqual(value);
    expect(compactSettings(value)).toEqual(value);
  });
});
