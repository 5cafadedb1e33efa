import { describe, expect, it } from 'vitest';
import { buildTemplateVars } from '@/lib/shared/templates/build-vars';
import { defaultTemplates } from '@/lib/shared/templates/defaults';
import { rankTemplates } from '@/lib/shared/templates/rank';
import { suggestReplies } from '@/lib/shared/templates/suggest';

const library = defaultTemplates();
const item = { platform: 'facebook' as const, authorName: 'Maria Rossi', authorHandle: 'maria.rossi' };
const question = { category: 'question' as const, topics: ['store_hours' as const], language: 'en' as const };
const brand = (facts = {}) => ({ brand: { names: ['Acme'], agentSignature: '', privateChannelLink: '', facts } });

describe('suggestReplies', () => {
  it('offers the ranked templates, filled in, when every fact they state is set', () => {
    const vars = buildTemplateVars(item, brand({ openingHours: 'Mon–Sat 9–19' }));
    const { suggestions, previews, unset } = suggestReplies(library, question, item, vars);
    expect(suggestions.map((s) => s.template.id)).toEqual(
      rankTemplates(library, question, item).map((s) => s.template.id),
    );
    expect(suggestions[0]!.template.id).toBe('default-question-store-hours');
    expect(previews[0]).toContain('Mon–Sat 9–19');
    expect(previews[0]).toContain('Maria');
    expect(unset[0]).toEqual([]);
  });

  it('moves a template that needs an unset brand fact last and names the fact', () => {
    const vars = buildTemplateVars(item, brand());
    const { suggestions, unset } = suggestReplies(library, question, item, vars);
    const hours = suggestions.findIndex((s) => s.template.id === 'default-question-store-hours');
    expect(unset[hours]).toEqual(['opening_hours']);
    expect(unset.slice(hours).every((facts) => facts.length > 0)).toBe(true);
    expect(unset.slice(0, hours).every((facts) => facts.length === 0)).toBe(true);
  });
});
