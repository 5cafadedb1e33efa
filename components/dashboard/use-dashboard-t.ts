import { useUiLanguage } from '@/components/ui/use-ui-language';
import { dashboardDictionary } from '@/lib/shared/i18n/messages/dashboard';
import { createTranslator, type UiLanguage } from '@/lib/shared/i18n/translate';

export type DashboardT = ReturnType<typeof createTranslator<keyof (typeof dashboardDictionary)['en']>>;

/** The dashboard's translator and language. */
export function useDashboardT(): { t: DashboardT; language: UiLanguage } {
  const language = useUiLanguage();
  return { t: createTranslator(dashboardDictionary, language), language };
}
