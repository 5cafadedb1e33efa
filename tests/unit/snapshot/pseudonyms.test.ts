import { describe, expect, it } from 'vitest';
import { collectOriginals, createPseudonyms, type Originals } from '@/lib/page/snapshot/pseudonyms';
import { reduceUrl } from '@/lib/page/snapshot/url-shape';

function names(text = '', seed = 1) {
  const originals: Originals = { words: new Set(), numbers: new Set() };
  collectOriginals(originals, text);
  return createPseudonyms(seed, originals);
}

describe('pseudo-words', () => {
  it('keep length, case pattern, spaces, punctuation and emoji; change every letter run', () => {
    const input = 'Ciao Maria, il mio ordine #48213 è fermo da 3 giorni!! 😡 McDonald’s';
    const out = names(input).text(input);
    expect(out).toHaveLength(input.length);
    expect(out.replace(/\p{L}/gu, 'a').replace(/\d/g, '0')).toBe(input.replace(/\p{L}/gu, 'a').replace(/\d/g, '0'));
    expect(out).toMatch(
      /^[A-Z][a-z]{3} [A-Z][a-z]{4}, [a-z]{2} [a-z]{3} [a-z]{6} #\d{5} [a-z] [a-z]{5} [a-z]{2} \d [a-z]{6}!! 😡 [A-Z][a-z][A-Z][a-z]{5}’[a-z]$/,
    );
    for (const word of ['Ciao', 'Maria', 'ordine', 'fermo', 'giorni', 'McDonald']) expect(out).not.toContain(word);
  });

  it('give the same word the same pseudo-word whatever its case, and never an original word', () => {
    const text = 'Maria maria MARIA rossi Rossi';
    const n = names(text);
    const [a, b, c, d, e] = n.text(text).split(' ');
    expect(b).toBe(a.toLowerCase());
    expect(c).toBe(a.toUpperCase());
    expect(e).toBe(d[0].toUpperCase() + d.slice(1));
    const many = Array.from({ length: 300 }, (_, i) => `w${i.toString(36)}ord`.replace(/\d/g, 'x'));
    const all = names(many.join(' '));
    for (const word of many) expect(many).not.toContain(all.word(word));
  });

  it('map each script within itself', () => {
    const samples: [string, RegExp][] = [
      ['Привет Мария', /^\p{Script=Cyrillic}{6} \p{Script=Cyrillic}{5}$/u],
      ['你好世界', /^\p{Script=Han}{4}$/u],
      ['مرحبا بك', /^\p{Script=Arabic}{5} \p{Script=Arabic}{2}$/u],
      ['안녕하세요', /^\p{Script=Hangul}{5}$/u],
      ['こんにちは', /^\p{Script=Hiragana}{5}$/u],
      ['Καλημέρα', /^\p{Script=Greek}{8}$/u],
      ['שלום', /^\p{Script=Hebrew}{4}$/u],
      ['नमस्ते', /^[\p{Script=Devanagari}]{6}$/u],
    ];
    const n = names(samples.map(([s]) => s).join(' '));
    for (const [input, shape] of samples) {
      const out = n.text(input);
      expect(out, input).toMatch(shape);
      expect(out, input).not.toBe(input);
      expect(out.length).toBe(input.length);
    }
    expect(n.text('Привет')[0]).toMatch(/\p{Lu}/u);
  });

  it('depend on the seed: two snapshots share no pseudo-words', () => {
    expect(names('', 1).text('Giulia Ferrari')).not.toBe(names('', 2).text('Giulia Ferrari'));
  });
});

describe('ids', () => {
  it('are renumbered consistently, with the same length, never to an original number', () => {
    const n = names('1000000000000000001 1860000000000000011');
    const first = n.renumber('1860000000000000011');
    expect(first).toMatch(/^\d{19}$/);
    expect(first).not.toBe('1000000000000000001');
    expect(n.renumber('1860000000000000011')).toBe(first);
    expect(n.renumber('1860000000000000012')).not.toBe(first);
    expect(n.text('ordine 1860000000000000011')).toBe(`${n.text('ordine')} ${first}`);
    expect(n.id('123456_654321')).toMatch(/^\d{6}_\d{6}$/);
    expect(n.id('pfbid02abcDEF')).toMatch(/^pfbid\d{2}[a-z]{3}[A-Z]{3}$/);
  });
});

describe('links reduced to their structure', () => {
  const n = names();
  const base = 'https://x.com/acmeitalia/status/1860000000000000001';
  it('X: handle as its pseudonym, status id renumbered, query and fragment dropped', () => {
    const out = reduceUrl('/marco_b88/status/1860000000000000011?s=20#top', base, n);
    expect(out).toBe(`/${n.text('marco_b88')}/status/${n.renumber('1860000000000000011')}`);
    expect(reduceUrl('https://x.com/marco_b88/status/1860000000000000011/photo/1', base, n)).toBe(
      `https://x.com/${n.text('marco_b88')}/status/${n.renumber('1860000000000000011')}/photo/1`,
    );
    expect(reduceUrl('/home', base, n)).toBe('/home');
    expect(reduceUrl('/notifications/mentions', base, n)).toBe('/notifications/mentions');
  });

  it('Facebook: comment ids kept as keys with renumbered values, tracking dropped', () => {
    const out = reduceUrl(
      'https://www.facebook.com/groups/1234567/posts/7654321/?comment_id=111111&reply_comment_id=222222&__cft__[0]=AZX&__tn__=R',
      base,
      n,
    );
    expect(out).toBe(
      `https://www.facebook.com/groups/${n.id('1234567')}/posts/${n.id('7654321')}/?comment_id=${n.id('111111')}&reply_comment_id=${n.id('222222')}`,
    );
    expect(reduceUrl('https://www.facebook.com/profile.php?id=100012345678901&sk=about', base, n)).toBe(
      `https://www.facebook.com/profile.php?id=${n.id('100012345678901')}`,
    );
    expect(reduceUrl('https://www.facebook.com/maria.rossi.75?comment_id=5', base, n)).toBe(
      `https://www.facebook.com/${n.text('maria.rossi.75')}?comment_id=${n.id('5')}`,
    );
  });

  it('other sites, javascript: and mailto: lose everything', () => {
    expect(reduceUrl('https://l.facebook.com/l.php?u=https%3A%2F%2Facme.it%2Fordini', base, n)).toBe(
      'https://example.invalid/',
    );
    expect(reduceUrl('https://t.co/AbC123', base, n)).toBe('https://example.invalid/');
    expect(reduceUrl('javascript:void(0)', base, n)).toBe('#');
    expect(reduceUrl('mailto:maria@example.com', base, n)).toBe('#');
    expect(reduceUrl('#comments', base, n)).toBe('#');
  });
});
