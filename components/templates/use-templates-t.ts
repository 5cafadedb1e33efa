import { useUiLanguage } from '@/components/ui/use-ui-language';
import { templatesDictionary } from '@/lib/shared/i18n/messages/templates';
import { createTranslator } from '@/lib/shared/i18n/translate';

export type TemplatesT = ReturnType<typeof createTranslator<keyof (typeof templatesDictionary)['en']>>;

/** The template manager's translator in the current UI language. */
export function useTemplatesT(): { t: TemplatesT; language: 'en' | 'it' } {
  const language = useUiLanguage();
  return { t: createTranslator(templatesDictionary, language), language };
}
