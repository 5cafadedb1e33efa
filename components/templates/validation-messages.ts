import type { z } from 'zod';
import { TEMPLATE_VARIABLES } from '@/lib/shared/templates/variables';
import type { TemplatesT } from './use-templates-t';

/** Turns schema issues into sentences a user can act on, in the UI language. */
export function validationMessages(error: z.ZodError, t: TemplatesT): string[] {
  const messages = error.issues.map((issue) => {
    const [field, index, sub] = issue.path;
    const unknown = /^Unknown variable \{(.+)\}$/.exec(issue.message);
    if (unknown) {
      return t('unknownVariable', {
        n: Number(index) + 1,
        name: `{${unknown[1]}}`,
        available: TEMPLATE_VARIABLES.map((v) => `{${v}}`).join(' '),
      });
    }
    if (field === 'title') return `${t('fieldTitle')}: ${issue.message}`;
    if (field === 'variants' && index !== undefined)
      return `${t('variantLabel', { n: Number(index) + 1 })}${sub ? ` (${String(sub)})` : ''}: ${issue.message}`;
    return `${issue.path.join('.') || t('editorNew')}: ${issue.message}`;
  });
  return [...new Set(messages)];
}
