import type { Category, Topic } from '../../model/categories';
import type { Template, TemplateAction, TemplateVariant } from '../schema';

interface DefaultSpec {
  id: string;
  title: string;
  category: Category;
  topics: Topic[];
  action?: TemplateAction;
  why: { en: string; it: string };
  en: string;
  tu: string;
  lei: string;
}

/** A built-in template with the three variants every default has: English, Italian tu, Italian Lei. */
export function defineDefault(spec: DefaultSpec): Template {
  const variants: TemplateVariant[] = [
    { language: 'en', body: spec.en },
    { language: 'it', register: 'tu', body: spec.tu },
    { language: 'it', register: 'lei', body: spec.lei },
  ];
  return {
    id: `default-${spec.id}`,
    title: spec.title,
    category: spec.category,
    topics: spec.topics,
    action: spec.action ?? 'reply',
    variants,
    why: spec.why,
    builtIn: true,
    deletedAt: null,
    createdAt: 0,
    updatedAt: 0,
  };
}
