import type { UiLanguage } from '@/lib/i18n/translate';
import { resolveUiLanguage } from '@/lib/i18n/translate';

/** The UI language: the browser's for now; the settings override plugs in here. */
export function useUiLanguage(): UiLanguage {
  return resolveUiLanguage('auto', navigator.language);
}
