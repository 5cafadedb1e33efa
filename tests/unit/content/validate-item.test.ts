import { describe, expect, it } from 'vitest';
import { socialItemSchema, type SocialItem } from '@/lib/shared/model/social-item';
import { socialItem } from '../support/items';
import { capItemText, isValidSocialItem, MAX_ITEM_TEXT } from '@/lib/page/validate-item';

const base: SocialItem = socialItem('1860000000000000011', 'Il pacco non è arrivato', {
  permalink: 'https://x.com/marco/status/1860000000000000011',
  authorName: 'Marco',
  authorHandle: 'marco',
  createdAt: Date.parse('2025-11-24T10:00:00Z'),
});

const variants: [string, Record<string, unknown>][] = [
  ['valid', {}],
  ['with inReplyToId', { inReplyToId: '1860000000000000010' }],
  ['empty id', { id: '' }],
  ['id at the limit', { id: 'a'.repeat(200) }],
  ['id over the limit', { id: 'a'.repeat(201) }],
  ['emoji id at the limit (code points)', { id: '😀'.repeat(200) }],
  ['emoji id over the limit', { id: '😀'.repeat(201) }],
  ['long author name', { authorName: 'n'.repeat(301) }],
  ['long handle', { authorHandle: 'h'.repeat(2001) }],
  ['long permalink', { permalink: 'p'.repeat(2001) }],
  ['long text', { text: 't'.repeat(100_001) }],
  ['text at the limit', { text: 't'.repeat(100_000) }],
  ['NaN time', { createdAt: Number.NaN }],
  ['infinite time', { createdAt: Number.POSITIVE_INFINITY }],
  ['string time', { createdAt: '2025' }],
  ['unknown platform', { platform: 'mastodon' }],
  ['unknown kind', { kind: 'story' }],
  ['facebook comment', { platform: 'facebook', kind: 'comment' }],
  ['non-boolean isOwn', { isOwn: 'no' }],
  ['non-boolean approximate', { createdAtApproximate: 1 }],
  ['non-boolean isReply', { isReply: undefined }],
  ['long inReplyToId', { inReplyToId: '9'.repeat(201) }],
  ['numeric inReplyToId', { inReplyToId: 42 }],
  ['numeric text', { text: 42 }],
];

describe('isValidSocialItem', () => {
  it.each(variants)('agrees with socialItemSchema: %s', (_name, change) => {
    const item = { ...base, ...change } as SocialItem;
    expect(isValidSocialItem(item)).toBe(socialItemSchema.safeParse(item).success);
  });

  it('accepts a well-formed item and rejects oversized page text', () => {
    expect(isValidSocialItem(base)).toBe(true);
    expect(isValidSocialItem({ ...base, text: 'x'.repeat(100_001) })).toBe(false);
  });
});

describe('capItemText', () => {
  it('keeps a comment of any length, cut to the limit without splitting an emoji', () => {
    const long = { ...base, text: `${'a'.repeat(MAX_ITEM_TEXT - 2)}👍${'b'.repeat(5000)}` };
    const capped = capItemText(long)!;
    expect(isValidSocialItem(long)).toBe(false);
    expect(isValidSocialItem(capped)).toBe(true);
    expect(capped.text.length).toBeLessThanOrEqual(MAX_ITEM_TEXT);
    expect(capped.text.endsWith('a…')).toBe(true);
    expect(capItemText({ ...base, text: 'short' })).toEqual({ ...base, text: 'short' });
  });
});
