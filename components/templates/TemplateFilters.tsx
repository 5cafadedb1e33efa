import { CATEGORIES, TOPICS } from '@/lib/shared/model/categories';
import type { TemplateFilter } from '@/lib/shared/templates/filter';
import { TEMPLATE_LANGUAGES } from '@/lib/shared/templates/schema';
import { SelectField } from './SelectField';
import { inputClass, labelClass } from './styles';
import type { TemplatesT } from './use-templates-t';

/** Search box and the three filters of the list. */
export function TemplateFilters({
  filter,
  onChange,
  t,
}: {
  filter: TemplateFilter;
  onChange: (f: TemplateFilter) => void;
  t: TemplatesT;
}) {
  return (
    <div className="grid gap-3 sm:grid-cols-4" role="search">
      <div className="sm:col-span-4">
        <label htmlFor="tpl-search" className={labelClass}>
          {t('search')}
        </label>
        <input
          id="tpl-search"
          type="search"
          className={inputClass}
          placeholder={t('searchPlaceholder')}
          value={filter.search ?? ''}
          onChange={(e) => onChange({ ...filter, search: e.target.value })}
        />
      </div>
      <SelectField
        id="tpl-filter-category"
        label={t('filterCategory')}
        value={filter.category ?? ''}
        options={CATEGORIES}
        optionLabel={(c) => t(`cat_${c}`)}
        emptyLabel={t('all')}
        onChange={(category) => onChange({ ...filter, category })}
      />
      <SelectField
        id="tpl-filter-topic"
        className="sm:col-span-2"
        label={t('filterTopic')}
        value={filter.topic ?? ''}
        options={TOPICS}
        optionLabel={(topic) => t(`topic_${topic}`)}
        emptyLabel={t('all')}
        onChange={(topic) => onChange({ ...filter, topic })}
      />
      <SelectField
        id="tpl-filter-language"
        label={t('filterLanguage')}
        value={filter.language ?? ''}
        options={TEMPLATE_LANGUAGES}
        optionLabel={(l) => t(`lang_${l}`)}
        emptyLabel={t('all')}
        onChange={(language) => onChange({ ...filter, language })}
      />
    </div>
  );
}
