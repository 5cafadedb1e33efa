import { describe, expect, it } from 'vitest';
import {
  badgeText,
  countAlerts,
  nextDueAt,
  urgentOfTab,
  type FollowUpDue,
  type UrgentItem,
} from '@/lib/shared/alerts/count';
import { emptyClassification } from '@/lib/shared/classify/empty';
import type { TrackedItem } from '@/lib/shared/model/queue';
import { socialItem } from '../support/items';

const NOW = 1_800_000_000_000;
const MIN = 60_000;

function tracked(id: string, urgent: boolean, over: Partial<TrackedItem> = {}): TrackedItem {
  const classification = emptyClassification();
  return {
    item: socialItem(id, 'text'),
    classification: {
      ...classification,
      category: 'complaint',
      urgent: { ...classification.urgent, flag: urgent, topics: ['billing'] },
    },
    readState: 'read',
    visible: true,
    firstSeenAt: NOW,
    lastSeenAt: NOW,
    monitored: [],
    ...over,
  };
}

const urgentItem = (id: string, tabId = 1, platform: 'x' | 'facebook' = 'x'): UrgentItem => ({
  tabId,
  platform,
  id,
  category: 'complaint',
  topics: [],
});

const followUp = (itemId: string, dueAt: number, over: Partial<FollowUpDue> = {}): FollowUpDue => ({
  platform: 'x',
  itemId,
  dueAt,
  status: 'open',
  waitingOn: { kind: 'department', department: 'billing' },
  ...over,
});

describe('urgent items of a tab', () => {
  it('counts read, urgent, customer items that are on screen or seen in the last 15 minutes', () => {
    const items = [
      tracked('urgent', true),
      tracked('calm', false),
      tracked('own', true),
      tracked('unread', true, { readState: 'unread' }),
      tracked('scrolled-away-long-ago', true, { visible: false, lastSeenAt: NOW - 20 * MIN }),
      tracked('scrolled-away-recently', true, { visible: false, lastSeenAt: NOW - 5 * MIN }),
    ];
    const urgent = urgentOfTab(4, 'x', items, new Set(['own']), NOW);
    expect(urgent.map((item) => item.id)).toEqual(['urgent', 'scrolled-away-recently']);
    expect(urgent[0]).toEqual({ tabId: 4, platform: 'x', id: 'urgent', category: 'complaint', topics: ['billing'] });
  });
});

describe('counting alerts across tabs', () => {
  it('counts each urgent item once across tabs, leaves out handled ones, keeps sites apart', () => {
    const urgent = [urgentItem('1', 1), urgentItem('1', 2), urgentItem('2', 1), urgentItem('1', 3, 'facebook')];
    const counts = countAlerts(urgent, new Set(['x:2']), [], NOW);
    expect(counts.urgent.map((item) => `${item.platform}:${item.id}@${item.tabId}`)).toEqual(['x:1@1', 'facebook:1@3']);
    expect(counts.overdue).toEqual([]);
  });

  it('adds open follow-ups past their due time; an overdue item shown in a tab counts once, as overdue', () => {
    const followUps = [
      followUp('1', NOW - MIN),
      followUp('9', NOW - MIN),
      followUp('8', NOW + MIN),
      followUp('7', NOW - MIN, { status: 'closed' }),
    ];
    const counts = countAlerts([urgentItem('1'), urgentItem('2')], new Set(['x:1']), followUps, NOW);
    expect(counts.urgent.map((item) => item.id)).toEqual(['2']);
    expect(counts.overdue.map((row) => row.itemId)).toEqual(['1', '9']);
    expect(badgeText(counts)).toBe('3');
  });

  it('the badge is empty at zero and caps at 99+', () => {
    expect(badgeText({ urgent: [], overdue: [] })).toBe('');
    const many = Array.from({ length: 120 }, (_, i) => urgentItem(String(i)));
    expect(badgeText(countAlerts(many, new Set(), [], NOW))).toBe('99+');
  });

  it('the next check is when the earliest open follow-up falls due', () => {
    const rows = [followUp('1', NOW - MIN), followUp('2', NOW + 9 * MIN), followUp('3', NOW + 3 * MIN)];
    expect(nextDueAt(rows, NOW)).toBe(NOW + 3 * MIN);
    expect(nextDueAt([followUp('1', NOW + MIN, { status: 'closed' })], NOW)).toBeUndefined();
  });
});
