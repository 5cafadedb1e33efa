import { useState, type FormEvent } from 'react';
import { CATEGORIES, TOPICS, type Topic } from '@/lib/shared/model/categories';
import { idFromTitle } from '@/lib/shared/templates/filter';
import {
  TEMPLATE_ACTIONS,
  templateSchema,
  type Template,
  type TemplateInput,
  type TemplateVariant,
} from '@/lib/shared/templates/schema';
import { TemplatePreview } from './TemplatePreview';
import { VariantFields } from './VariantFields';
import { SelectField } from './SelectField';
import { buttonClass, inputClass, labelClass, primaryButtonClass } from './styles';
import type { TemplatesT } from './use-templates-t';
import { validationMessages } from './validation-messages';

interface Props {
  initial: TemplateInput;
  isNew: boolean;
  /** Ids already in use, so a new template gets a readable unique id from its title. */
  existingIds: Set<string>;
  saving: boolean;
  onSave: (template: Template) => void;
  onCancel: () => void;
  t: TemplatesT;
  language: 'en' | 'it';
}

/** Create or edit one template, with a live preview on a sample comment. Nothing is saved until it validates. */
export function TemplateEditor({ initial, isNew, existingIds, saving, onSave, onCancel, t, language }: Props) {
  const [draft, setDraft] = useState<TemplateInput>(initial);
  const [errors, setErrors] = useState<string[]>([]);
  const set = (patch: Partial<TemplateInput>) => setDraft((d) => ({ ...d, ...patch }));
  const setVariant = (index: number, variant: TemplateVariant) =>
    set({ variants: draft.variants.map((v, i) => (i === index ? variant : v)) });
  const toggleTopic = (topic: Topic) =>
    set({ topics: draft.topics.includes(topic) ? draft.topics.filter((x) => x !== topic) : [...draft.topics, topic] });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const why = draft.why && (draft.why.en.trim() || draft.why.it.trim()) ? draft.why : undefined;
    const id = isNew ? idFromTitle(draft.title, existingIds) : draft.id;
    const parsed = templateSchema.safeParse({ ...draft, id, why });
    if (!parsed.success) {
      setErrors(validationMessages(parsed.error, t));
      return;
    }
    setErrors([]);
    onSave(parsed.data);
  };

  const heading = isNew ? t('editorNew') : t('editorEdit', { title: initial.title });
  return (
    <section
      aria-labelledby="tpl-editor-title"
      className="rounded-lg border border-slate-200 bg-white p-4"
      data-testid="template-editor"
    >
      <h2 id="tpl-editor-title" className="text-base font-semibold text-slate-900">
        {heading}
      </h2>
      <form className="mt-3 grid gap-3" onSubmit={submit} noValidate>
        <div>
          <label htmlFor="tpl-title" className={labelClass}>
            {t('fieldTitle')}
          </label>
          <input
            id="tpl-title"
            className={inputClass}
            value={draft.title}
            onChange={(e) => set({ title: e.target.value })}
            autoFocus
          />
        </div>
        <div className="grid gap-3 sm:grid-cols-2">
          <SelectField
            id="tpl-category"
            label={t('fieldCategory')}
            value={draft.category}
            options={CATEGORIES}
            optionLabel={(c) => t(`cat_${c}`)}
            onChange={(category) => category && set({ category })}
          />
          <SelectField
            id="tpl-action"
            label={t('fieldAction')}
            value={draft.action ?? 'reply'}
            options={TEMPLATE_ACTIONS}
            optionLabel={(a) => t(`action_${a}`)}
            onChange={(action) => action && set({ action })}
          />
        </div>
        <fieldset>
          <legend className={labelClass}>{t('fieldTopics')}</legend>
          <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
            {TOPICS.map((topic) => (
              <label key={topic} className="flex items-center gap-1.5 text-sm text-slate-800">
                <input
                  type="checkbox"
                  className="focus-visible:outline-2 focus-visible:outline-blue-600"
                  checked={draft.topics.includes(topic)}
                  onChange={() => toggleTopic(topic)}
                />
                {t(`topic_${topic}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset className="grid gap-3">
          <legend className="text-sm font-semibold text-slate-900">{t('variantsHeading')}</legend>
          <p className="text-xs text-slate-600">{t('variablesHelp')}</p>
          {draft.variants.map((variant, index) => (
            <VariantFields
              key={index}
              index={index}
              variant={variant}
              t={t}
              onChange={(v) => setVariant(index, v)}
              onRemove={
                draft.variants.length > 1
                  ? () => set({ variants: draft.variants.filter((_, i) => i !== index) })
                  : undefined
              }
            />
          ))}
          <div>
            <button
              type="button"
              className={buttonClass}
              onClick={() => set({ variants: [...draft.variants, { language: 'it', register: 'lei', body: '' }] })}
            >
              {t('addVariant')}
            </button>
          </div>
        </fieldset>
        <div className="grid gap-3 sm:grid-cols-2">
          <div>
            <label htmlFor="tpl-why-en" className={labelClass}>
              {t('fieldWhyEn')}
            </label>
            <input
              id="tpl-why-en"
              className={inputClass}
              value={draft.why?.en ?? ''}
              onChange={(e) => set({ why: { en: e.target.value, it: draft.why?.it ?? '' } })}
            />
          </div>
          <div>
            <label htmlFor="tpl-why-it" className={labelClass}>
              {t('fieldWhyIt')}
            </label>
            <input
              id="tpl-why-it"
              className={inputClass}
              value={draft.why?.it ?? ''}
              onChange={(e) => set({ why: { en: draft.why?.en ?? '', it: e.target.value } })}
            />
          </div>
        </div>
        <TemplatePreview template={draft} t={t} language={language} />
        {errors.length > 0 && (
          <div
            role="alert"
            className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900"
            data-testid="template-errors"
          >
            <p className="font-semibold">{t('fixErrors')}</p>
            <ul className="mt-1 list-disc pl-5">
              {errors.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          </div>
        )}
        <div className="flex gap-2">
          <button type="submit" className={primaryButtonClass} disabled={saving}>
            {t('save')}
          </button>
          <button type="button" className={buttonClass} onClick={onCancel}>
            {t('cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
