import type { MessageInput } from '@/lib/shared/messaging/protocol';
import { addDays, dayStart, localDay } from '@/lib/shared/stats/day';

export type LogHandledInput = MessageInput<'logHandled'>;

/** A recent local day (inside any retention window), so day buckets are predictable in any time zone. */
export const DAY = addDays(localDay(Date.now()), -2);
export const at = (hours: number, minutes = 0, day = DAY) => dayStart(day) + (hours * 60 + minutes) * 60_000;

/** A handled item with sensible defaults: posted 09:00, seen 09:05, answered `answerMinutes` after posting. */
export function handledItem(itemId: string, overrides: Partial<LogHandledInput> = {}): LogHandledInput {
  const itemCreatedAt = overrides.itemCreatedAt ?? at(9);
  return {
    platform: 'x',
    itemId,
    permalink: `https://x.com/c/status/${itemId}`,
    authorHandle: 'customer',
    category: 'question',
    urgent: false,
    topics: ['delivery'],
    urgentTopics: [],
    language: 'it',
    outcome: 'replied_public',
    resolved: true,
    itemCreatedAt,
    createdAtApproximate: false,
    firstSeenAt: itemCreatedAt + 5 * 60_000,
    actionAt: itemCreatedAt + 30 * 60_000,
    ...overrides,
  };
}

export const seenItem = (itemId: string, platform: 'x' | 'facebook' = 'x', firstSeenAt = at(9, 5)) => ({
  platform,
  itemId,
  category: 'question' as const,
  urgent: false,
  language: 'it' as const,
  itemCreatedAt: firstSeenAt - 60_000,
  createdAtApproximate: false,
  firstSeenAt,
});
