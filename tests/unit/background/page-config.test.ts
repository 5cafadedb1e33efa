import { describe, expect, it } from 'vitest';
import { configFor, sameConfig } from '@/lib/background/tab-queue';
import { defaultSettings } from '@/lib/shared/settings';

describe('the page config and when the page must hear it again', () => {
  const settings = defaultSettings();
  const italian = { ...settings, tone: { ...settings.tone, uiLanguage: 'it' as const } };

  it('is the same for the same settings, and differs when the badge words change language', () => {
    expect(sameConfig(configFor('x', settings, 'en'), configFor('x', settings, 'en'))).toBe(true);
    expect(sameConfig(configFor('x', italian, 'en'), configFor('x', settings, 'en'))).toBe(false);
  });

  it('differs when any one badge word differs, not only the first one compared', () => {
    const config = configFor('x', settings, 'en');
    for (const key of Object.keys(config.labels) as (keyof typeof config.labels)[]) {
      const changed = { ...config, labels: { ...config.labels, [key]: `${config.labels[key]}!` } };
      expect(sameConfig(changed, config), key).toBe(false);
    }
  });

  it('watches the brand names with the keywords, once each whatever the case', () => {
    const watching = {
      ...settings,
      monitoring: { ...settings.monitoring, keywords: ['Acme', 'rimborso'] },
      brand: { ...settings.brand, names: ['acme', 'Acme Italia'] },
    };
    expect(configFor('x', watching, 'en').monitorKeywords).toEqual(['Acme', 'rimborso', 'Acme Italia']);
  });
});
