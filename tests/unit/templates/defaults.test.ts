import { describe, expect, it } from 'vitest';
import { detectRegister } from '@/lib/shared/coach/register';
import { CATEGORIES, TOPICS } from '@/lib/shared/model/categories';
import { defaultTemplates } from '@/lib/shared/templates/defaults';
import { renderTemplate } from '@/lib/shared/templates/render';
import { templateSchema } from '@/lib/shared/templates/schema';
import { xLength, X_LIMIT } from '@/lib/shared/templates/x-length';

const library = defaultTemplates();
const sampleVars = {
  name: 'Maria Rossi',
  first_name: 'Maria',
  handle: '@mrossi',
  brand: 'Acme',
  agent: '^Giulia',
  channel_link: 'https://acme.example/help',
  order: '12345',
  department: 'billing',
};

describe('default library', () => {
  it('has at least 40 valid templates with unique ids', () => {
    expect(library.length).toBeGreaterThanOrEqual(40);
    expect(new Set(library.map((t) => t.id)).size).toBe(library.length);
    for (const template of library) expect(templateSchema.safeParse(template).success, template.id).toBe(true);
  });

  it('covers every category and every specific topic', () => {
    for (const category of CATEGORIES)
      expect(
        library.some((t) => t.category === category),
        category,
      ).toBe(true);
    for (const topic of TOPICS)
      expect(
        library.some((t) => t.topics.includes(topic)),
        topic,
      ).toBe(true);
  });

  it('offers English, Italian tu and Italian Lei for every template', () => {
    for (const template of library) {
      const keys = template.variants.map((v) => `${v.language}/${v.register ?? ''}`).sort();
      expect(keys, template.id).toEqual(['en/', 'it/lei', 'it/tu']);
    }
  });

  it('personalises every public reply with the customer name', () => {
    for (const template of library.filter((t) => t.action === 'reply' && t.category !== 'spam')) {
      for (const variant of template.variants) expect(variant.body, template.id).toMatch(/\{(first_name|name)[|}]/);
    }
  });

  it('fits in one X reply once filled with typical values', () => {
    for (const template of library.filter((t) => t.action === 'reply')) {
      for (const variant of template.variants) {
        const length = xLength(renderTemplate(variant.body, sampleVars).text);
        expect(length, `${template.id} ${variant.language}/${variant.register}`).toBeLessThanOrEqual(X_LIMIT);
      }
    }
  });

  it('never promises what it cannot keep, and never asks for data publicly without a private channel', () => {
    for (const template of library) {
      for (const variant of template.variants) {
        expect(variant.body, template.id).not.toMatch(
          /immediately|guaranteed|risolto subito|garantit|never happen again|non succederà più/i,
        );
        if (/order number|numero d’ordine|phone|telefono/i.test(variant.body) && template.action === 'reply') {
          expect(variant.body, template.id).toMatch(/DM|in privato|privately/i);
        }
      }
    }
  });

  it('Lei variants use the formal register and tu variants the informal one', () => {
    for (const template of library.filter((t) => t.action === 'reply' && t.category !== 'spam')) {
      const lei = template.variants.find((v) => v.register === 'lei')!.body;
      const tu = template.variants.find((v) => v.register === 'tu')!.body;
      expect(detectRegister(lei).register, `${template.id}: ${lei}`).toBe('lei');
      expect(detectRegister(tu).register, `${template.id}: ${tu}`).toBe('tu');
    }
  });

  it('never mixes registers, even in notes and spam warnings', () => {
    for (const template of library) {
      for (const variant of template.variants.filter((v) => v.register)) {
        expect([variant.register, undefined], `${template.id}: ${variant.body}`).toContain(
          detectRegister(variant.body).register,
        );
      }
    }
  });

  it('returns a fresh copy each time', () => {
    const copy = defaultTemplates();
    copy[0]!.title = 'changed';
    expect(defaultTemplates()[0]!.title).not.toBe('changed');
  });
});
