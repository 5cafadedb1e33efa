import { describe, expect, it } from 'vitest';
import { SETTINGS_MIGRATIONS, SETTINGS_VERSION, migrateSettings, settingsSchema } from '@/lib/shared/settings';

/** What v1 (pre-release) stored. */
const v1 = {
  brand: { names: ['Acme'], handles: { x: ['acmecare'], facebook: [] }, signature: '— Giulia', privateChannelLink: '' },
  sla: { x: 30, facebook: 120 },
  tone: { italianRegister: 'lei', language: 'it' },
};

describe('settings migrations', () => {
  it('has one migration per version after 1', () => {
    expect(Object.keys(SETTINGS_MIGRATIONS).map(Number)).toEqual(
      Array.from({ length: SETTINGS_VERSION - 1 }, (_, index) => index + 2),
    );
  });

  it('v1 → v2 renames brand.signature and brand.handles', () => {
    const v2 = SETTINGS_MIGRATIONS[2](v1) as { brand: Record<string, unknown> };
    expect(v2.brand.agentSignature).toBe('— Giulia');
    expect(v2.brand.ownHandles).toEqual({ x: ['acmecare'], facebook: [] });
    expect(v2.brand).not.toHaveProperty('signature');
    expect(v2.brand).not.toHaveProperty('handles');
    expect(v1.brand).toHaveProperty('signature'); // the input is not mutated
  });

  it('v2 → v3 wraps SLA minutes and renames tone.language', () => {
    const v3 = SETTINGS_MIGRATIONS[3](SETTINGS_MIGRATIONS[2](v1)) as { sla: unknown; tone: Record<string, unknown> };
    expect(v3.sla).toEqual({ x: { targetMinutes: 30 }, facebook: { targetMinutes: 120 } });
    expect(v3.tone.uiLanguage).toBe('it');
    expect(v3.tone).not.toHaveProperty('language');
  });

  it('v3 → v4 adds every brand fact unset, keeps a fact already stored as text, drops anything else', () => {
    const v3 = { brand: { names: ['Acme'], facts: { openingHours: 'Mon-Fri 9-18', refundTime: 7 } } };
    const v4 = SETTINGS_MIGRATIONS[4](v3) as { brand: { names: string[]; facts: Record<string, string> } };
    expect(v4.brand.names).toEqual(['Acme']);
    // Every other fact unset, exactly as the defaults have them.
    expect(v4.brand.facts).toEqual({ ...settingsSchema.parse({}).brand.facts, openingHours: 'Mon-Fri 9-18' });
    expect(SETTINGS_MIGRATIONS[4](v4)).toEqual(v4); // idempotent
    expect((SETTINGS_MIGRATIONS[4]({}) as { brand: { facts: object } }).brand.facts).toMatchObject({
      openingHours: '',
    });
    const settings = settingsSchema.parse(migrateSettings(v1, 1));
    expect(Object.values(settings.brand.facts).every((value) => value === '')).toBe(true);
  });

  it('v1 data migrates to valid current settings keeping every value', () => {
    const settings = settingsSchema.parse(migrateSettings(v1, 1));
    expect(settings.brand.agentSignature).toBe('— Giulia');
    expect(settings.brand.ownHandles.x).toEqual(['acmecare']);
    expect(settings.sla.facebook.targetMinutes).toBe(120);
    expect(settings.tone).toMatchObject({ italianRegister: 'lei', uiLanguage: 'it' });
  });

  it('is idempotent and leaves current data alone', () => {
    const current = settingsSchema.parse({});
    expect(migrateSettings(current, 1)).toEqual(current);
    const once = migrateSettings(v1, 1);
    expect(migrateSettings(once, 1)).toEqual(once);
  });

  it('does not overwrite a new field with an old one', () => {
    const both = { brand: { signature: 'old', agentSignature: 'new' } };
    expect(SETTINGS_MIGRATIONS[2](both)).toEqual({ brand: { agentSignature: 'new' } });
  });

  it.each([null, undefined, 'text', 42, [], { brand: 'x', sla: [], tone: null }])(
    'never throws on a malformed value (%j)',
    (value) => {
      expect(() => migrateSettings(value, 1)).not.toThrow();
    },
  );
});
