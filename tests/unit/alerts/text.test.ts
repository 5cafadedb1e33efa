import { describe, expect, it } from 'vitest';
import { badgeTitle, notificationText } from '@/lib/shared/alerts/text';

const item = (id: string) => ({
  tabId: 1,
  platform: 'x' as const,
  id,
  category: 'complaint' as const,
  topics: ['money'],
});
const followUp = {
  platform: 'facebook' as const,
  itemId: '5',
  dueAt: 1,
  status: 'open' as const,
  waitingOn: { kind: 'department' as const, department: 'billing' },
};
const lookups = {
  topicLabel: (id: string) => (id === 'money' ? 'Money taken' : undefined),
  departmentName: () => 'Billing',
};

describe('alert words', () => {
  it('the badge tooltip says what is counted, in English and Italian', () => {
    const counts = { urgent: [item('1'), item('2'), item('3')], overdue: [followUp] };
    expect(badgeTitle(counts, 'en')).toBe('CareSide: 3 urgent, 1 follow-up overdue');
    expect(badgeTitle(counts, 'it')).toBe('CareSide: 3 urgenti, 1 da riprendere in ritardo');
    expect(badgeTitle({ urgent: [item('1')], overdue: [followUp, followUp] }, 'en')).toBe(
      'CareSide: 1 urgent, 2 follow-ups overdue',
    );
    expect(badgeTitle({ urgent: [], overdue: [] }, 'en')).toBe('CareSide: nothing urgent in open tabs');
  });

  it('a notification names the kind, site and topic, never the comment or the customer', () => {
    expect(notificationText({ kind: 'item', item: item('1') }, 'en', lookups)).toEqual({
      title: 'Urgent complaint on X: Money taken',
      message: 'Click to open it in CareSide.',
    });
    expect(notificationText({ kind: 'item', item: item('1') }, 'it', lookups).title).toBe(
      'Reclamo urgente su X: Money taken',
    );
    expect(notificationText({ kind: 'followup', followUp }, 'en', lookups)).toEqual({
      title: 'Follow-up overdue on Facebook',
      message: 'Still waiting on Billing. Click to see it.',
    });
  });
});
