import type { Category, Topic } from '../model/categories';
import type { Template, TemplateLanguage } from './schema';

export interface TemplateFilter {
  search?: string;
  category?: Category | '';
  topic?: Topic | '';
  language?: TemplateLanguage | '';
}

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The manager's search: every word must appear in the title, the id or a body; filters narrow further. */
export function filterTemplates(templates: Template[], filter: TemplateFilter): Template[] {
  const words = fold(filter.search ?? '')
    .split(/\s+/)
    .filter(Boolean);
  return templates.filter((template) => {
    if (filter.category && template.category !== filter.category) return false;
    if (filter.topic && !template.topics.includes(filter.topic)) return false;
    if (filter.language && !template.variants.some((v) => v.language === filter.language)) return false;
    if (!words.length) return true;
    const haystack = fold(
      [template.title, template.id, ...template.topics, ...template.variants.map((v) => v.body)].join(' '),
    );
    return words.every((word) => haystack.includes(word));
  });
}

/** A copy with a fresh id, for "duplicate". */
export function duplicateTemplate(
  template: Template,
  existingIds: Set<string>,
  copyLabel = 'copy',
  now = Date.now(),
): Template {
  const base = template.id.replace(/^default-/, '');
  let n = 1;
  let id = `${base}-copy`;
  while (existingIds.has(id)) id = `${base}-copy-${++n}`;
  return {
    ...structuredClone(template),
    id,
    title: `${template.title} (${copyLabel})`,
    builtIn: false,
    deletedAt: null,
    createdAt: now,
    updatedAt: now,
  };
}

/** A readable, unique id from a title: "Orari negozio" → "orari-negozio". */
export function idFromTitle(title: string, existingIds: Set<string>): string {
  const slug =
    fold(title)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'template';
  let id = slug;
  let n = 1;
  while (existingIds.has(id)) id = `${slug}-${++n}`;
  return id;
}
