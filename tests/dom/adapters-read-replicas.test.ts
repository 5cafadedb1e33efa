import { afterEach, describe, expect, it } from 'vitest';
import type { Window } from 'happy-dom';
import { REPLICA_SPECS } from '../fixtures/routes';
import { adapterForUrl } from '@/lib/platforms';
import { socialItemSchema, type SocialItem } from '@/lib/shared/model/social-item';
import { comparableFields, loadReplica } from './replica-window';

const NOW = Date.parse('2025-11-24T12:00:00.000Z');
let open: Window | null = null;
afterEach(async () => {
  await open?.happyDOM.close();
  open = null;
});

describe.each(REPLICA_SPECS.map((spec) => [spec.name, spec] as const))('%s', (_name, spec) => {
  function read() {
    const { window, document } = loadReplica(spec);
    open = window;
    const adapter = adapterForUrl(spec.url);
    if (!adapter) throw new Error(`no adapter for ${spec.url}`);
    const elements = adapter.findItemElements(document);
    const parsed = elements.map((el) => adapter.parseItem(el, NOW));
    return {
      adapter,
      document,
      elements,
      items: parsed.filter((i): i is SocialItem => i !== null),
      unreadable: parsed.filter((i) => i === null).length,
    };
  }

  it('finds every item element, and only the broken ones are unreadable', () => {
    const { elements, items, unreadable } = read();
    expect(elements).toHaveLength(spec.expected.length + spec.unreadable);
    expect(items).toHaveLength(spec.expected.length);
    expect(unreadable).toBe(spec.unreadable);
  });

  it('reads ids, authors, texts, reply flags and ownership exactly', () => {
    const { items } = read();
    for (const item of items) expect(socialItemSchema.safeParse(item).success).toBe(true);
    const actual = items.map(comparableFields);
    const expected = spec.expected.map(comparableFields);
    expect(actual).toEqual(expected);
  });

  it('gives timestamps: exact ISO on X, approximate from relative labels on Facebook', () => {
    const { items } = read();
    for (const item of items) {
      const exp = spec.expected.find((e) => e.id === item.id)!;
      if (spec.platform === 'x') {
        expect(item.createdAtApproximate).toBe(false);
        expect(new Date(item.createdAt).toISOString()).toMatch(/^2025-11-24T/);
      } else {
        expect(item.createdAtApproximate).toBe(true);
        // In a locale we have no words for ("2 godz.") the time falls back to "now"; shared units ("15 min") still parse.
        if (spec.locale === 'other') expect([NOW, NOW - exp.ageMs!]).toContain(item.createdAt);
        else expect(item.createdAt).toBe(NOW - exp.ageMs!);
      }
    }
    if (spec.locale === 'other')
      expect(items.some((item) => item.createdAt === NOW && item.id !== '1123581321345510')).toBe(true);
  });

  it('builds permalinks that carry the content id', () => {
    const { items } = read();
    for (const item of items) {
      expect(item.permalink).toMatch(
        spec.platform === 'x' ? /^https:\/\/x\.com\/\w+\/status\/\d+$/ : /^https:\/\/www\.facebook\.com\//,
      );
      expect(item.permalink).toContain(item.kind === 'post' || spec.platform === 'x' ? item.id : `=${item.id}`);
      expect(item.permalink).not.toContain('__cft__');
    }
  });
});
