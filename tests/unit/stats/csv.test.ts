import { describe, expect, it } from 'vitest';
import { csvCell, handledRowsToCsv } from '@/lib/shared/stats/csv';

describe('CSV export', () => {
  it('quotes separators and defuses formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, "b"')).toBe('"a, ""b"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell(['delivery', 'refund'])).toBe('delivery refund');
    expect(csvCell(undefined)).toBe('');
  });

  it('writes a header, one line per row and ISO times', () => {
    const csv = handledRowsToCsv([
      {
        platform: 'x',
        itemId: '1',
        permalink: 'https://x.com/a/status/1',
        authorHandle: 'anna',
        category: 'question',
        urgent: false,
        topics: ['delivery'],
        urgentTopics: [],
        language: 'it',
        outcome: 'replied_public',
        resolved: true,
        satisfaction: 'neutral',
        note: 'città, già',
        itemCreatedAt: Date.UTC(2024, 0, 1),
        createdAtApproximate: false,
        firstSeenAt: Date.UTC(2024, 0, 1),
        actionAt: Date.UTC(2024, 0, 1, 0, 10),
        updatedAt: 0,
        responseSeconds: 600,
        businessResponseSeconds: 600,
        day: '2024-01-01',
      },
    ]);
    const lines = csv.replace('\uFEFF', '').trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]!.split(',')).toContain('responseSeconds');
    expect(lines[1]).toContain('"città, già"');
    const header = lines[0]!.split(',');
    expect(lines[1]!.split(',')[header.indexOf('satisfaction')]).toBe('neutral');
    expect(lines[1]).toContain('2024-01-01T00:10:00.000Z');
  });
});
