/**
 * CareSide settings: one zod-validated object in WXT storage (sync, with a local fallback), read by
 * every page and content script. See lib/settings/ for the schema, migrations and storage rules.
 */
export {
  criticalTopicSchema,
  defaultSettings,
  departmentSchema,
  settingsSchema,
  type Department,
  type Settings,
  type SettingsInput,
} from './settings/schema';
export { SETTINGS_MIGRATIONS, SETTINGS_VERSION, migrateSettings } from './settings/migrations';
export { repairSettings, type RepairResult } from './settings/repair';
export { issuesOf, pathToString, type FieldIssue } from './settings/issues';
export { SYNC_QUOTA_BYTES, SYNC_QUOTA_BYTES_PER_ITEM, fitsSync, syncItemBytes } from './settings/quota';
export {
  loadSettings,
  loadSettingsState,
  resetSettings,
  saveSettings,
  watchSettings,
  watchSettingsState,
  type FallbackReason,
  type SaveResult,
  type SettingsArea,
  type SettingsState,
} from './settings/store';
export { exportSettingsJson, parseSettingsFile, type ParseFileResult, type SettingsFile } from './settings/transfer';
export { HANDOFF_PLACEHOLDERS, isValidTimeZone } from './settings/defaults';

import { parseSettingsFile } from './settings/transfer';
import { saveSettings, type SaveResult } from './settings/store';

/** Imports an exported file: validated first, so a bad file changes nothing. */
export async function importSettings(text: string): Promise<SaveResult> {
  const parsed = parseSettingsFile(text);
  return parsed.ok ? saveSettings(parsed.settings) : parsed;
}
