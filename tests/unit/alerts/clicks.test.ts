import { describe, expect, it, vi } from 'vitest';
import { onNotificationClicked, type ClickDeps } from '@/lib/background/alert-clicks';
import {
  notificationId,
  parseNotificationId,
  routeClick,
  staleNotifications,
} from '@/lib/shared/alerts/notification-target';

const itemAlert = {
  kind: 'item' as const,
  item: { tabId: 12, platform: 'x' as const, id: '186', category: 'complaint' as const, topics: [] },
};
const followUpAlert = {
  kind: 'followup' as const,
  followUp: {
    platform: 'facebook' as const,
    itemId: '9_1',
    dueAt: 5,
    status: 'open' as const,
    waitingOn: { kind: 'customer' as const },
  },
};

describe('notification ids', () => {
  it('carry their target, and nothing else is taken for ours', () => {
    expect(parseNotificationId(notificationId(itemAlert))).toEqual({
      kind: 'item',
      tabId: 12,
      platform: 'x',
      itemId: '186',
    });
    expect(parseNotificationId(notificationId(followUpAlert))).toEqual({
      kind: 'followup',
      platform: 'facebook',
      itemId: '9_1',
    });
    for (const other of [
      '',
      'other|item|1|x|2',
      'careside|item|one|x|2',
      'careside|item|1|myspace|2',
      'careside|followup|x|',
    ])
      expect(parseNotificationId(other), other).toBeNull();
  });
});

describe('withdrawing notifications', () => {
  it('of a handled item or a follow-up no longer overdue; an item only missing from the tabs keeps its own', () => {
    const ids = [notificationId(itemAlert), notificationId(followUpAlert), 'someone-else'];
    expect(staleNotifications(ids, new Set(), [followUpAlert.followUp])).toEqual([]);
    expect(staleNotifications(ids, new Set(['x:186']), [])).toEqual(ids.slice(0, 2));
    expect(staleNotifications(ids, new Set(['facebook:186']), [followUpAlert.followUp])).toEqual([]);
  });
});

describe('where a click goes', () => {
  const item = { kind: 'item' as const, tabId: 12, platform: 'x' as const, itemId: '186' };
  it('the tab it was seen in when that tab still shows it, else another tab that does', () => {
    expect(routeClick(item, () => [3, 12])).toEqual({ kind: 'tab', tabId: 12, itemId: '186' });
    expect(routeClick(item, () => [3])).toEqual({ kind: 'tab', tabId: 3, itemId: '186' });
    expect(routeClick(item, () => [])).toEqual({ kind: 'none' });
  });
  it('a follow-up no tab shows opens the follow-up list', () => {
    const target = { kind: 'followup' as const, platform: 'facebook' as const, itemId: '9_1' };
    expect(routeClick(target, () => [])).toEqual({ kind: 'followups' });
    expect(routeClick(target, () => [4])).toEqual({ kind: 'tab', tabId: 4, itemId: '9_1' });
  });
});

function deps(tabs: number[]): ClickDeps & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    tabsWithItem: () => tabs,
    selectItem: (tabId, itemId) => void calls.push(`select ${tabId} ${itemId}`),
    focusTab: async (tabId) => (calls.push(`tab ${tabId}`), 77),
    focusWindow: async (windowId) => void calls.push(`window ${windowId}`),
    openFollowUpsPage: async () => void calls.push('followups page'),
    clear: vi.fn(async (id: string) => void calls.push(`clear ${id}`)),
  };
}

describe('the click handler', () => {
  it('brings the tab and its window forward, then selects the item in the panel', async () => {
    const d = deps([12]);
    await onNotificationClicked(notificationId(itemAlert), d);
    expect(d.calls).toEqual([`clear ${notificationId(itemAlert)}`, 'tab 12', 'window 77', 'select 12 186']);
  });
  it('opens the options page’s follow-ups for a follow-up whose tab is not open; ignores ids not ours', async () => {
    const d = deps([]);
    await onNotificationClicked(notificationId(followUpAlert), d);
    expect(d.calls.slice(1)).toEqual(['followups page']);
    const other = deps([12]);
    await onNotificationClicked('someone-else', other);
    expect(other.calls).toEqual([]);
  });
});
