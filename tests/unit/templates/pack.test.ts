import { describe, expect, it } from 'vitest';
import { defaultTemplates } from '@/lib/shared/templates/defaults';
import {
  buildTemplatePack,
  parseTemplatePackText,
  planImport,
  validateTemplatePack,
} from '@/lib/shared/templates/pack';
import { templateSchema } from '@/lib/shared/templates/schema';

const [first, second] = defaultTemplates();
const good = {
  id: 'my-thanks',
  title: 'My thanks',
  category: 'praise',
  topics: ['generic'],
  variants: [{ language: 'en', body: 'Thanks {first_name}!' }],
};

describe('templateSchema', () => {
  it.each([
    [{ ...good }, true],
    [{ ...good, variants: [{ language: 'en', body: 'Hi {nome}' }] }, false],
    [{ ...good, variants: [{ language: 'en', register: 'tu', body: 'Hi' }] }, false],
    [{ ...good, variants: [] }, false],
    [{ ...good, category: 'rant' }, false],
    [{ ...good, topics: ['weather'] }, false],
    [
      {
        ...good,
        variants: [
          { language: 'it', register: 'tu', body: 'a' },
          { language: 'it', register: 'tu', body: 'b' },
        ],
      },
      false,
    ],
  ])('%j valid: %s', (input, valid) => {
    expect(templateSchema.safeParse({ createdAt: 1, updatedAt: 1, ...input }).success).toBe(valid);
  });

  it('reports an unknown variable by name at save time', () => {
    const result = templateSchema.safeParse({
      ...good,
      createdAt: 1,
      updatedAt: 1,
      variants: [{ language: 'en', body: 'Hi {nome}' }],
    });
    expect(result.error?.issues[0]?.message).toBe('Unknown variable {nome}');
  });
});

describe('validateTemplatePack', () => {
  it('round-trips an exported pack', () => {
    const pack = buildTemplatePack([first!, second!, { ...second!, id: 'gone', deletedAt: 5 }], 10);
    expect(pack.templates.map((t) => t.id)).toEqual([first!.id, second!.id]);
    const result = parseTemplatePackText(JSON.stringify(pack), 20);
    expect(result.fatal).toBeUndefined();
    expect(result.invalid).toEqual([]);
    expect(result.valid.map((t) => t.id)).toEqual([first!.id, second!.id]);
    expect(result.valid.every((t) => !t.builtIn && t.deletedAt === null)).toBe(true);
  });

  it('separates valid and invalid entries and explains each problem', () => {
    const result = validateTemplatePack(
      [good, { ...good, id: 'typo', variants: [{ language: 'en', body: 'Hi {nome}' }] }, 'junk', { ...good }],
      1,
    );
    expect(result.valid.map((t) => t.id)).toEqual(['my-thanks']);
    expect(result.invalid).toEqual([
      { index: 1, id: 'typo', title: 'My thanks', errors: ['variants.0.body: Unknown variable {nome}'] },
      { index: 2, id: undefined, title: undefined, errors: [expect.stringContaining('object')] },
      { index: 3, id: 'my-thanks', title: 'My thanks', errors: ['Duplicate id "my-thanks" in the file'] },
    ]);
  });

  it.each([
    ['not json', '{oops'],
    ['wrong shape', '{"hello": 1}'],
    ['wrong format', '{"format":"other","version":1,"templates":[]}'],
    ['a number', '42'],
  ])('refuses %s as a whole with a readable message', (_, text) => {
    const result = parseTemplatePackText(text);
    expect(result.valid).toEqual([]);
    expect(result.fatal).toMatch(/not valid JSON|Not a CareSide template pack/);
  });
});

describe('planImport', () => {
  const now = 1;
  const mine = templateSchema.parse({ ...good, createdAt: now, updatedAt: now });

  it('adds new ids, skips identical ones and renames clashes instead of overwriting', () => {
    const changed = { ...mine, title: 'Different' };
    const fresh = { ...mine, id: 'fresh' };
    const plan = planImport([mine, { ...mine, id: 'my-thanks-imported' }], [mine, changed, fresh]);
    expect(plan.skipped).toEqual(['my-thanks']);
    expect(plan.renamed).toEqual([{ from: 'my-thanks', to: 'my-thanks-imported-2' }]);
    expect(plan.toAdd.map((t) => [t.id, t.title])).toEqual([
      ['my-thanks-imported-2', 'Different'],
      ['fresh', 'My thanks'],
    ]);
  });
});
