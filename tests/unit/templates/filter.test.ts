import { describe, expect, it } from 'vitest';
import { defaultTemplates } from '@/lib/shared/templates/defaults';
import { duplicateTemplate, filterTemplates, idFromTitle } from '@/lib/shared/templates/filter';

const library = defaultTemplates();

describe('filterTemplates', () => {
  it.each([
    [
      { search: 'rimborso' },
      (ids: string[]) => ids.includes('default-complaint-refund-late') && ids.includes('default-question-refund-how'),
    ],
    [{ search: 'esaurito' }, (ids: string[]) => ids.includes('default-question-availability')],
    [{ search: 'store hours' }, (ids: string[]) => ids.includes('default-question-store-hours')],
    [{ category: 'troll' as const }, (ids: string[]) => ids.length === 3 && ids.every((id) => id.includes('troll'))],
    [{ topic: 'outage' as const }, (ids: string[]) => ids.length === 2],
    [
      { category: 'question' as const, topic: 'billing' as const },
      (ids: string[]) => ids.length === 1 && ids[0] === 'default-question-invoice',
    ],
  ])('%j', (filter, check) => {
    expect(check(filterTemplates(library, filter).map((t) => t.id))).toBe(true);
  });

  it('returns everything with an empty filter and nothing for a word no template contains', () => {
    expect(filterTemplates(library, {})).toHaveLength(library.length);
    expect(filterTemplates(library, { search: 'zxqv' })).toEqual([]);
    expect(filterTemplates(library, { language: 'en' })).toHaveLength(library.length);
  });
});

describe('duplicateTemplate / idFromTitle', () => {
  it('copies with a fresh id, as the user’s own template', () => {
    const copy = duplicateTemplate(library[0]!, new Set(['complaint-move-private-copy']), 'copia', 5);
    expect(copy).toMatchObject({ id: 'complaint-move-private-copy-2', builtIn: false, createdAt: 5 });
    expect(copy.title).toBe(`${library[0]!.title} (copia)`);
    expect(copy.variants).toEqual(library[0]!.variants);
    expect(copy.variants).not.toBe(library[0]!.variants);
  });

  it('slugs titles into unique ids', () => {
    expect(idFromTitle('Orari negozio Milano!', new Set())).toBe('orari-negozio-milano');
    expect(idFromTitle('Perché è così?', new Set(['perche-e-cosi']))).toBe('perche-e-cosi-2');
    expect(idFromTitle('🙂', new Set())).toBe('template');
  });
});
