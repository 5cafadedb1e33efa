import { describe, expect, it } from 'vitest';
import type { Classification } from '@/lib/shared/classify/types';
import { defaultTemplates } from '@/lib/shared/templates/defaults';
import { pickVariant } from '@/lib/shared/templates/pick-variant';
import { rankTemplates } from '@/lib/shared/templates/rank';
import type { Template } from '@/lib/shared/templates/schema';

type Cls = Pick<Classification, 'category' | 'topics' | 'language' | 'register'>;
const library = defaultTemplates();
const x = { platform: 'x' as const };
const fb = { platform: 'facebook' as const };

describe('rankTemplates', () => {
  it.each<[string, Cls, string]>([
    [
      'late delivery complaint',
      { category: 'complaint', topics: ['delivery'], language: 'en' },
      'default-complaint-delivery-delay',
    ],
    [
      'billing complaint',
      { category: 'complaint', topics: ['billing'], language: 'it', register: 'lei' },
      'default-complaint-billing-error',
    ],
    [
      'store hours question',
      { category: 'question', topics: ['store_hours'], language: 'it', register: 'tu' },
      'default-question-store-hours',
    ],
    [
      'shipping abroad question',
      { category: 'question', topics: ['shipping_abroad'], language: 'en' },
      'default-question-shipping-abroad',
    ],
    ['outage complaint', { category: 'complaint', topics: ['outage'], language: 'en' }, 'default-complaint-outage'],
    ['spam', { category: 'spam', topics: [], language: 'en' }, 'default-spam-hide-report'],
    ['troll', { category: 'troll', topics: [], language: 'it' }, 'default-troll-ignore'],
  ])('%s → %s first', (_, classification, expected) => {
    const ranked = rankTemplates(library, classification, fb);
    expect(ranked).toHaveLength(3);
    expect(ranked[0]!.template.id).toBe(expected);
    expect(ranked.every((r) => r.template.category === classification.category)).toBe(true);
  });

  it('puts the template for the urgent topic first when other topics tie (food poisoning at a store)', () => {
    const ranked = rankTemplates(
      library,
      {
        category: 'complaint',
        topics: ['store_hours', 'safety'],
        language: 'en',
        urgent: { flag: true, topics: ['safety'], matched: ['food poisoning'], score: 0.9 },
      },
      fb,
    );
    expect(ranked[0]!.template.topics).toContain('safety');
    // Without the urgent flag the tie keeps library order: the boost is what moves it.
    const calm = rankTemplates(
      library,
      { category: 'complaint', topics: ['store_hours', 'safety'], language: 'en' },
      fb,
    );
    expect(calm[0]!.template.id).not.toBe(ranked[0]!.template.id);
  });

  it('picks the variant in the customer language and Italian register, and says so', () => {
    const [top] = rankTemplates(
      library,
      { category: 'complaint', topics: ['delivery'], language: 'it', register: 'tu' },
      x,
    );
    expect(top!.variant).toMatchObject({ language: 'it', register: 'tu' });
    expect(top!.reason).toBe('Same category · topic: delivery · in the customer’s language (tu)');
    const [formal] = rankTemplates(
      library,
      { category: 'complaint', topics: ['delivery'], language: 'it', register: 'tu' },
      x,
      {},
      { italianRegister: 'lei', uiLanguage: 'it' },
    );
    expect(formal!.variant.register).toBe('lei');
    expect(formal!.reason).toBe('Stessa categoria · argomento: consegna · nella lingua del cliente (Lei)');
  });

  it("lets the user's past choices lift a template within the same category and topic fit", () => {
    const cls: Cls = { category: 'praise', topics: [], language: 'en' };
    const before = rankTemplates(library, cls, fb).map((r) => r.template.id);
    expect(before[0]).not.toBe('default-praise-review-invite');
    const after = rankTemplates(library, cls, fb, { 'default-praise-review-invite': 12 });
    expect(after[0]!.template.id).toBe('default-praise-review-invite');
    expect(after[0]!.reason).toContain('you used it 12×');
  });

  it('never suggests deleted templates and falls back to the closest ones', () => {
    const onlyOne: Template[] = library.map((t) => (t.category === 'complaint' ? t : { ...t, deletedAt: 1 }));
    const ranked = rankTemplates(onlyOne, { category: 'question', topics: ['delivery'], language: 'en' }, fb);
    expect(ranked.every((r) => r.template.deletedAt === null)).toBe(true);
    expect(ranked[0]!.reason).toMatch(/^Closest available|^Topic: delivery/);
  });

  it('penalises templates that cannot fit on X', () => {
    const long: Template = {
      ...library[0]!,
      id: 'long',
      variants: [{ language: 'en', body: `Hi {first_name}, ${'x'.repeat(300)}` }],
    };
    const short: Template = {
      ...library[0]!,
      id: 'short',
      variants: [{ language: 'en', body: 'Hi {first_name}, sorry.' }],
    };
    const cls: Cls = { category: 'complaint', topics: [], language: 'en' };
    expect(rankTemplates([long, short], cls, x)[0]!.template.id).toBe('short');
    expect(rankTemplates([long, short], cls, x)[1]!.reason).toContain('too long for X');
    expect(rankTemplates([long, short], cls, fb)[0]!.template.id).toBe('long');
  });
});

describe('pickVariant', () => {
  const template = library.find((t) => t.id === 'default-praise-thanks')!;
  it.each<[Cls['language'], Cls['register'], string]>([
    ['en', undefined, 'en/'],
    ['other', undefined, 'en/'],
    ['it', 'tu', 'it/tu'],
    ['it', 'lei', 'it/lei'],
    ['it', undefined, 'it/lei'],
  ])('%s %s → %s', (language, register, expected) => {
    const { variant } = pickVariant(template, { language, register });
    expect(`${variant.language}/${variant.register ?? ''}`).toBe(expected);
  });

  it('falls back to a neutral Italian variant, then to another language', () => {
    const neutral: Template = {
      ...template,
      variants: [
        { language: 'en', body: 'Hi' },
        { language: 'it', body: 'Ciao' },
      ],
    };
    expect(pickVariant(neutral, { language: 'it', register: 'lei' })).toMatchObject({
      variant: { body: 'Ciao' },
      registerMatch: true,
    });
    const englishOnly: Template = { ...template, variants: [{ language: 'en', body: 'Hi' }] };
    expect(pickVariant(englishOnly, { language: 'it' })).toMatchObject({ languageMatch: false });
  });
});
