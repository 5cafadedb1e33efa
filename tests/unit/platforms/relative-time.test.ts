import { describe, expect, it } from 'vitest';
import { parseRelativeTime } from '@/lib/platforms/relative-time';

const NOW = Date.parse('2025-11-24T12:00:00.000Z');
const MIN = 60_000;
const H = 60 * MIN;
const D = 24 * H;

describe('parseRelativeTime', () => {
  it.each([
    ['2 h', 2 * H],
    ['2h', 2 * H],
    ['3 g', 3 * D],
    ['1 w', 7 * D],
    ['1w', 7 * D],
    ['15m', 15 * MIN],
    ['15 min', 15 * MIN],
    ['3d', 3 * D],
    ['1 sett.', 7 * D],
    ['2 sett', 14 * D],
    ['1 a', 365 * D],
    ['5 hrs', 5 * H],
    ['2 Std.', 2 * H],
    ['3 T.', 3 * D],
    ['4 ngày', 4 * D],
    ['Adesso', 0],
    ['Just now', 0],
    ['Gerade eben', 0],
    ['Ieri', D],
    ['Yesterday', D],
    ['10 minutes ago', 10 * MIN],
    ['2 ore fa', 2 * H],
  ])('%s → %i ms ago, approximate', (label, ago) => {
    expect(parseRelativeTime(label, NOW)).toEqual({ createdAt: NOW - ago, approximate: true });
  });

  it.each(['', '2 godz.', 'Przed chwilą', 'November 3', '12:30'])(
    'returns null for what it cannot read: %j',
    (label) => {
      expect(parseRelativeTime(label, NOW)).toBeNull();
    },
  );
});
