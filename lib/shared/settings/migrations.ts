import { BRAND_FACT_KEYS } from '../templates/brand-facts';

/**
 * Versioned migrations of the stored settings object, one function per target version (WXT's
 * `migrations` map). They run before validation, on values of unknown shape: each one only touches
 * what it recognises and leaves the rest for the field-by-field repair. They are also idempotent,
 * so running one twice (e.g. after lost version metadata) does no harm.
 *
 * They see the stored form, where unchanged built-in critical topics are references (compact.ts).
 *
 * History (pre-release shapes kept so the mechanism is exercised and tested):
 *   v1 → v2  brand.signature → brand.agentSignature; brand.handles → brand.ownHandles
 *   v2 → v3  sla.<channel>: minutes → { targetMinutes }; tone.language → tone.uiLanguage
 *   v3 → v4  brand.facts: every fact a reply may state, unset (''), unless a fact is already there as text
 */
export const SETTINGS_VERSION = 4;

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Moves `from` to `to` inside an object unless `to` is already set. */
function rename(object: unknown, from: string, to: string): void {
  if (!isObject(object) || !(from in object)) return;
  if (!(to in object)) object[to] = object[from];
  delete object[from];
}

function copy(value: unknown): unknown {
  return value === undefined ? value : structuredClone(value);
}

export const SETTINGS_MIGRATIONS: Record<number, (value: unknown) => unknown> = {
  2: (value) => {
    const next = copy(value);
    if (isObject(next)) {
      rename(next.brand, 'signature', 'agentSignature');
      rename(next.brand, 'handles', 'ownHandles');
    }
    return next;
  },
  3: (value) => {
    const next = copy(value);
    if (isObject(next)) {
      if (isObject(next.sla)) {
        for (const channel of ['x', 'facebook']) {
          const minutes = next.sla[channel];
          if (typeof minutes === 'number') next.sla[channel] = { targetMinutes: minutes };
        }
      }
      rename(next.tone, 'language', 'uiLanguage');
    }
    return next;
  },
  4: (value) => {
    const next = copy(value);
    if (isObject(next)) {
      if (!isObject(next.brand)) next.brand = {};
      const brand = next.brand as Json;
      const stored = isObject(brand.facts) ? brand.facts : {};
      // Facts were never stored before: nothing is invented, each one starts unset.
      brand.facts = Object.fromEntries(
        BRAND_FACT_KEYS.map((key) => [key, typeof stored[key] === 'string' ? stored[key] : '']),
      );
    }
    return next;
  },
};

/** Runs the migrations after `fromVersion` up to SETTINGS_VERSION (used for imported files). */
export function migrateSettings(value: unknown, fromVersion: number): unknown {
  let current = value;
  for (let version = fromVersion + 1; version <= SETTINGS_VERSION; version++) {
    current = SETTINGS_MIGRATIONS[version]?.(current) ?? current;
  }
  return current;
}
