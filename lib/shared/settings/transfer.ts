import { issuesOf, type FieldIssue } from './issues';
import { migrateSettings, SETTINGS_VERSION } from './migrations';
import { settingsSchema, type Settings } from './schema';

/** The file format: an envelope so a wrong file is recognised, and a version so old files migrate. */
export interface SettingsFile {
  careside: 'settings';
  version: number;
  exportedAt: string;
  settings: Settings;
}

export type ParseFileResult = { ok: true; settings: Settings } | { ok: false; issues: FieldIssue[] };

export function exportSettingsJson(settings: Settings, now = new Date()): string {
  const file: SettingsFile = {
    careside: 'settings',
    version: SETTINGS_VERSION,
    exportedAt: now.toISOString(),
    settings,
  };
  return JSON.stringify(file, null, 2);
}

const fail = (code: string, message: string, path = ''): ParseFileResult => ({
  ok: false,
  issues: [{ path, code, message }],
});

/**
 * Reads an exported file strictly: unlike stored values nothing is repaired, every problem is reported
 * with its field path. Missing fields take their defaults, so a hand-written partial file works.
 */
export function parseSettingsFile(text: string): ParseFileResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return fail('invalid_json', `Not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (typeof data !== 'object' || data === null || (data as { careside?: unknown }).careside !== 'settings') {
    return fail('not_settings_file', 'Not a CareSide settings file (expected "careside": "settings").');
  }
  const { version, settings } = data as { version?: unknown; settings?: unknown };
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('invalid_version', 'The file has no valid "version".', 'version');
  }
  if (version > SETTINGS_VERSION) {
    return fail(
      'newer_version',
      `The file comes from a newer CareSide (settings v${version}, this one reads up to v${SETTINGS_VERSION}): update CareSide first.`,
      'version',
    );
  }
  if (typeof settings !== 'object' || settings === null || Array.isArray(settings)) {
    return fail('invalid_type', 'The file has no "settings" object.', 'settings');
  }
  const parsed = settingsSchema.safeParse(migrateSettings(settings, version));
  return parsed.success ? { ok: true, settings: parsed.data } : { ok: false, issues: issuesOf(parsed.error) };
}
