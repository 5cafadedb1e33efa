import { describe, expect, it } from 'vitest';
import { countQueue, entriesForTab, moveSelection, orderQueue, type QueueEntry } from '@/lib/shared/triage/queue';
import { formatAge, slaStatus } from '@/lib/shared/triage/sla';

const NOW = 1_800_000_000_000;
const entry = (id: string, minutesAgo: number, extra: Partial<QueueEntry> = {}): QueueEntry => ({
  id,
  category: 'complaint',
  urgent: false,
  troll: false,
  createdAt: NOW - minutesAgo * 60_000,
  ...extra,
});

describe('queue ordering', () => {
  it('puts urgent first, then the oldest, and sinks trolls and spam', () => {
    const ordered = orderQueue([
      entry('fresh', 2),
      entry('troll', 90, { category: 'troll', troll: true }),
      entry('old', 50),
      entry('urgent-new', 1, { urgent: true }),
      entry('spam', 100, { category: 'spam' }),
      entry('urgent-old', 30, { urgent: true }),
    ]);
    expect(ordered.map((e) => e.id)).toEqual(['urgent-old', 'urgent-new', 'old', 'fresh', 'spam', 'troll']);
  });

  it('splits tabs by handled state and urgency', () => {
    const entries = [entry('a', 5, { urgent: true }), entry('b', 10), entry('c', 20)];
    const handled = new Set(['c']);
    expect(entriesForTab(entries, 'urgent', handled).map((e) => e.id)).toEqual(['a']);
    expect(entriesForTab(entries, 'open', handled).map((e) => e.id)).toEqual(['a', 'b']);
    expect(entriesForTab(entries, 'done', handled).map((e) => e.id)).toEqual(['c']);
    expect(countQueue(entries, handled, NOW, 15)).toEqual({ urgent: 1, open: 2, done: 1, breached: 0 });
    expect(countQueue(entries, new Set(), NOW, 15).breached).toBe(1);
  });

  it('moves the selection with J/K and clamps at the ends', () => {
    const ids = ['a', 'b', 'c'];
    expect(moveSelection(ids, undefined, 1)).toBe('a');
    expect(moveSelection(ids, 'a', 1)).toBe('b');
    expect(moveSelection(ids, 'c', 1)).toBe('c');
    expect(moveSelection(ids, 'a', -1)).toBe('a');
    expect(moveSelection(ids, 'gone', -1)).toBe('c');
    expect(moveSelection([], 'a', 1)).toBeUndefined();
  });
});

describe('SLA', () => {
  it.each([
    [10, 60, 'green'],
    [30, 60, 'amber'],
    [59, 60, 'amber'],
    [60, 60, 'red'],
    [5, 10, 'amber'],
  ] as const)('%i min against %i min is %s', (minutes, target, status) => {
    expect(slaStatus(minutes * 60_000, target)).toBe(status);
  });

  it('formats ages compactly in both languages', () => {
    expect(formatAge(20_000, 'en')).toBe('now');
    expect(formatAge(4 * 60_000, 'it')).toBe('4 min');
    expect(formatAge(3 * 3_600_000, 'en')).toBe('3 h');
    expect(formatAge(72 * 3_600_000, 'it')).toBe('3 g');
    expect(formatAge(72 * 3_600_000, 'en')).toBe('3 d');
  });
});
