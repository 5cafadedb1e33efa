import { useUiLanguage } from '@/components/ui/use-ui-language';
import { brandFactsDictionary } from '@/lib/shared/i18n/messages/brand-facts';
import { createTranslator } from '@/lib/shared/i18n/translate';
import { BRAND_FACT_KEYS, type BrandFacts } from '@/lib/shared/templates/brand-facts';
import { TextField } from './fields';

/** The brand's facts (hours, delivery, returns...): the only source of what a template may state about the brand. */
export function BrandFactsFields({
  value,
  onChange,
  errorFor,
}: {
  value: BrandFacts;
  onChange: (value: BrandFacts) => void;
  errorFor: (path: string) => string | undefined;
}) {
  const t = createTranslator(brandFactsDictionary, useUiLanguage());
  return (
    <fieldset data-testid="brand-facts" className="grid gap-4 border-t border-slate-200 pt-4 md:grid-cols-2">
      <legend className="float-left w-full text-sm font-semibold text-slate-900 md:col-span-2">
        {t('factsTitle')}
        <span className="mt-1 block text-sm font-normal text-slate-600">{t('factsHint')}</span>
      </legend>
      {BRAND_FACT_KEYS.map((key) => (
        <TextField
          key={key}
          path={`brand.facts.${key}`}
          label={t(key)}
          hint={t(`${key}Hint`)}
          value={value[key]}
          onChange={(text) => onChange({ ...value, [key]: text })}
          error={errorFor(`brand.facts.${key}`)}
        />
      ))}
    </fieldset>
  );
}
