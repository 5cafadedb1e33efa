import { useSettings } from '@/components/ui/use-settings';
import type { UiLanguage } from '@/lib/shared/i18n/translate';
import { resolveUiLanguage } from '@/lib/shared/i18n/translate';

/** The UI language: the settings override, else the browser's. */
export function useUiLanguage(): UiLanguage {
  return resolveUiLanguage(useSettings().tone.uiLanguage, navigator.language);
}
