import { describe, expect, it } from 'vitest';
import { aggregateHistory, monthStart, rowMarks, type HistoryRow } from '@/lib/shared/followups/history';
import { ordinal } from '@/lib/shared/i18n/messages/followups';

const DAY = 86_400_000;
const NOW = new Date(2026, 2, 20, 12).getTime(); // 20 March 2026, local time

function row(itemId: string, daysAgo: number, overrides: Partial<HistoryRow> = {}): HistoryRow {
  return {
    itemId,
    permalink: `https://x.com/luca/status/${itemId}`,
    category: 'complaint',
    urgent: false,
    outcome: 'replied_public',
    resolved: true,
    itemCreatedAt: NOW - daysAgo * DAY,
    actionAt: NOW - daysAgo * DAY + 3_600_000,
    ...overrides,
  };
}

describe('customer history', () => {
  it('lists earlier items newest first, without the item on screen, with escalations and contacts', () => {
    const rows = [
      row('a', 40, { category: 'question' }),
      row('b', 10, { outcome: 'escalated', department: 'billing', resolved: false, note: 'refund asked' }),
      row('current', 0),
      row('c', 3),
    ];
    const history = aggregateHistory(rows, 'current');
    expect(history.earlier.map((entry) => entry.itemId)).toEqual(['c', 'b', 'a']);
    expect(history).toMatchObject({
      escalations: 1,
      resolved: 2,
      complaints: 2,
      firstContact: NOW - 40 * DAY,
      lastContact: NOW - 3 * DAY,
    });
    expect(history.earlier[1]).toMatchObject({ department: 'billing', note: 'refund asked' });
  });

  it('has no contacts for a first-time author', () => {
    const history = aggregateHistory([row('current', 0)], 'current');
    expect(history).toMatchObject({ earlier: [], escalations: 0, firstContact: undefined, lastContact: undefined });
  });

  it('marks a returning customer and counts complaints in this calendar month, the current one included', () => {
    const current = { id: 'now', category: 'complaint' as const, createdAt: NOW };
    const rows = [row('x', 5), row('y', 12), row('old', 25), row('q', 2, { category: 'question' })];
    // 5 and 12 days ago are in March; 25 days ago is in February.
    expect(rowMarks(current, rows, NOW)).toEqual({ returning: true, complaintsThisMonth: 3 });
  });

  it('does not count the item itself twice when it is already in the log', () => {
    const current = { id: 'x', category: 'complaint' as const, createdAt: NOW - 5 * DAY };
    expect(rowMarks(current, [row('x', 5)], NOW)).toEqual({ returning: false, complaintsThisMonth: 1 });
  });

  it('says nothing about complaints for a question from a returning author with none this month', () => {
    const current = { id: 'now', category: 'question' as const, createdAt: NOW };
    expect(rowMarks(current, [row('old', 25)], NOW)).toEqual({ returning: true, complaintsThisMonth: 0 });
  });

  it('starts the month at local midnight on the 1st', () => {
    expect(monthStart(NOW)).toBe(new Date(2026, 2, 1).getTime());
  });

  it('writes ordinals in both UI languages', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23].map((n) => ordinal(n, 'en'))).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '23rd',
    ]);
    expect(ordinal(3, 'it')).toBe('3°');
  });
});
