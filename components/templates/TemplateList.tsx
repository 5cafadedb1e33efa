import type { Template } from '@/lib/shared/templates/schema';
import { buttonClass, dangerButtonClass } from './styles';
import type { TemplatesT } from './use-templates-t';

interface Props {
  templates: Template[];
  selectedId?: string;
  onEdit: (template: Template) => void;
  onDuplicate: (template: Template) => void;
  onDelete: (template: Template) => void;
  t: TemplatesT;
}

function variantLabel(template: Template): string {
  return template.variants
    .map((v) =>
      v.register ? `${v.language.toUpperCase()} ${v.register === 'lei' ? 'Lei' : 'tu'}` : v.language.toUpperCase(),
    )
    .join(' · ');
}

/** The library as a list; every row has its own edit, duplicate and delete buttons. */
export function TemplateList({ templates, selectedId, onEdit, onDuplicate, onDelete, t }: Props) {
  if (templates.length === 0) return <p className="rounded-md bg-white p-4 text-sm text-slate-600">{t('empty')}</p>;
  return (
    <ul
      aria-label={t('listLabel')}
      data-testid="template-list"
      className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white"
    >
      {templates.map((template) => (
        <li
          key={template.id}
          data-template-id={template.id}
          className={`p-3 ${template.id === selectedId ? 'bg-blue-50' : ''}`}
        >
          <div className="flex flex-wrap items-baseline gap-x-2">
            <h3 className="text-sm font-semibold text-slate-900">{template.title}</h3>
            {template.builtIn && <span className="text-xs text-slate-600">({t('builtIn')})</span>}
          </div>
          <p className="mt-0.5 text-xs text-slate-600">
            {t(`cat_${template.category}`)} · {template.topics.map((topic) => t(`topic_${topic}`)).join(', ') || '—'} ·{' '}
            {variantLabel(template)}
          </p>
          <p className="mt-1 line-clamp-2 text-xs text-slate-700">{template.variants[0]?.body}</p>
          <div className="mt-2 flex gap-2">
            <button
              type="button"
              className={buttonClass}
              aria-label={t('editAria', { title: template.title })}
              onClick={() => onEdit(template)}
            >
              {t('edit')}
            </button>
            <button
              type="button"
              className={buttonClass}
              aria-label={t('duplicateAria', { title: template.title })}
              onClick={() => onDuplicate(template)}
            >
              {t('duplicate')}
            </button>
            <button
              type="button"
              className={dangerButtonClass}
              aria-label={t('deleteAria', { title: template.title })}
              onClick={() => onDelete(template)}
            >
              {t('delete')}
            </button>
          </div>
        </li>
      ))}
    </ul>
  );
}
