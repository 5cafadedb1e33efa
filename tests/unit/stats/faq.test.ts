import { describe, expect, it } from 'vitest';
import { faqCandidatesToCsv } from '@/lib/shared/stats/faq-csv';
import { faqTemplateHash, parseFaqTemplateHash } from '@/lib/shared/templates/faq-link';

describe('FAQ candidates CSV', () => {
  it('has a BOM, a header and one CRLF line per topic', () => {
    expect(
      faqCandidatesToCsv([
        { topic: 'delivery', count: 12 },
        { topic: 'città, orari', count: 3 },
      ]),
    ).toBe('\uFEFFtopic,questions\r\ndelivery,12\r\n"città, orari",3\r\n');
  });

  it('defuses cells that start like a formula', () => {
    const csv = faqCandidatesToCsv([
      { topic: '=HYPERLINK("x")', count: 1 },
      { topic: '+1', count: 1 },
      { topic: '-2', count: 1 },
      { topic: '@SUM(A1)', count: 1 },
    ]);
    expect(csv.split('\r\n').slice(1, 5)).toEqual([`"'=HYPERLINK(""x"")",1`, "'+1,1", "'-2,1", "'@SUM(A1),1"]);
  });

  it('is only the header when there are none', () => {
    expect(faqCandidatesToCsv([])).toBe('\uFEFFtopic,questions\r\n');
  });
});

describe('make a template from an FAQ candidate', () => {
  it('round-trips a known topic through the hash', () => {
    expect(faqTemplateHash('store_hours')).toBe('#templates/new/store_hours');
    expect(parseFaqTemplateHash('#templates/new/store_hours')).toEqual({
      title: 'store_hours',
      topics: ['store_hours'],
    });
  });

  it('keeps an unknown topic as the title only, and refuses what is not a request', () => {
    expect(parseFaqTemplateHash(faqTemplateHash('resi & cambi'))).toEqual({ title: 'resi & cambi', topics: [] });
    expect(parseFaqTemplateHash('#templates')).toBeNull();
    expect(parseFaqTemplateHash('#templates/new/')).toBeNull();
    expect(parseFaqTemplateHash('#templates/new/%E0%A4%A')).toBeNull();
  });
});
