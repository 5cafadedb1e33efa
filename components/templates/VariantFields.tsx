import { useRef } from 'react';
import { TEMPLATE_LANGUAGES, type TemplateVariant } from '@/lib/shared/templates/schema';
import { TEMPLATE_VARIABLES } from '@/lib/shared/templates/variables';
import { buttonClass, inputClass, labelClass } from './styles';
import type { TemplatesT } from './use-templates-t';

interface Props {
  index: number;
  variant: TemplateVariant;
  onChange: (variant: TemplateVariant) => void;
  onRemove?: () => void;
  t: TemplatesT;
}

/** One language version: language, Italian register, the text, and a picker that inserts variables at the cursor. */
export function VariantFields({ index, variant, onChange, onRemove, t }: Props) {
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const n = index + 1;
  const id = (field: string) => `tpl-variant-${index}-${field}`;

  const insert = (name: string) => {
    const area = bodyRef.current;
    const token = `{${name}}`;
    const start = area?.selectionStart ?? variant.body.length;
    const end = area?.selectionEnd ?? variant.body.length;
    onChange({ ...variant, body: variant.body.slice(0, start) + token + variant.body.slice(end) });
    requestAnimationFrame(() => {
      area?.focus();
      area?.setSelectionRange(start + token.length, start + token.length);
    });
  };

  return (
    <fieldset className="rounded-md border border-slate-200 p-3" data-testid={`variant-${index}`}>
      <legend className="px-1 text-sm font-semibold text-slate-800">{t('variantLabel', { n })}</legend>
      <div className="grid gap-3 sm:grid-cols-3">
        <div>
          <label htmlFor={id('language')} className={labelClass}>
            {t('fieldLanguage')}
          </label>
          <select
            id={id('language')}
            className={inputClass}
            value={variant.language}
            onChange={(e) => {
              const language = e.target.value as TemplateVariant['language'];
              onChange({ ...variant, language, register: language === 'it' ? variant.register : undefined });
            }}
          >
            {TEMPLATE_LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {t(`lang_${l}`)}
              </option>
            ))}
          </select>
        </div>
        {variant.language === 'it' && (
          <div>
            <label htmlFor={id('register')} className={labelClass}>
              {t('fieldRegister')}
            </label>
            <select
              id={id('register')}
              className={inputClass}
              value={variant.register ?? ''}
              onChange={(e) =>
                onChange({ ...variant, register: (e.target.value || undefined) as TemplateVariant['register'] })
              }
            >
              <option value="">{t('registerAny')}</option>
              <option value="tu">{t('registerTu')}</option>
              <option value="lei">{t('registerLei')}</option>
            </select>
          </div>
        )}
        <div>
          <label htmlFor={id('insert')} className={labelClass}>
            {t('insertVariable', { n })}
          </label>
          <select
            id={id('insert')}
            className={inputClass}
            value=""
            onChange={(e) => e.target.value && insert(e.target.value)}
          >
            <option value="">—</option>
            {TEMPLATE_VARIABLES.map((name) => (
              <option key={name} value={name}>{`{${name}}`}</option>
            ))}
          </select>
        </div>
      </div>
      <label htmlFor={id('body')} className={`${labelClass} mt-3`}>
        {t('fieldBody')}
      </label>
      <textarea
        id={id('body')}
        ref={bodyRef}
        rows={4}
        className={inputClass}
        value={variant.body}
        onChange={(e) => onChange({ ...variant, body: e.target.value })}
      />
      {onRemove && (
        <button type="button" className={`${buttonClass} mt-2`} onClick={onRemove}>
          {t('removeVariant', { n })}
        </button>
      )}
    </fieldset>
  );
}
