import { CATEGORIES, TOPICS } from '@/lib/model/categories';
import type { TemplateFilter } from '@/lib/templates/filter';
import { TEMPLATE_LANGUAGES } from '@/lib/templates/schema';
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
      <div>
        <label htmlFor="tpl-filter-category" className={labelClass}>
          {t('filterCategory')}
        </label>
        <select
          id="tpl-filter-category"
          className={inputClass}
          value={filter.category ?? ''}
          onChange={(e) => onChange({ ...filter, category: e.target.value as TemplateFilter['category'] })}
        >
          <option value="">{t('all')}</option>
          {CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {t(`cat_${c}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="sm:col-span-2">
        <label htmlFor="tpl-filter-topic" className={labelClass}>
          {t('filterTopic')}
        </label>
        <select
          id="tpl-filter-topic"
          className={inputClass}
          value={filter.topic ?? ''}
          onChange={(e) => onChange({ ...filter, topic: e.target.value as TemplateFilter['topic'] })}
        >
          <option value="">{t('all')}</option>
          {TOPICS.map((topic) => (
            <option key={topic} value={topic}>
              {t(`topic_${topic}`)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="tpl-filter-language" className={labelClass}>
          {t('filterLanguage')}
        </label>
        <select
          id="tpl-filter-language"
          className={inputClass}
          value={filter.language ?? ''}
          onChange={(e) => onChange({ ...filter, language: e.target.value as TemplateFilter['language'] })}
        >
          <option value="">{t('all')}</option>
          {TEMPLATE_LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {t(`lang_${l}`)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
