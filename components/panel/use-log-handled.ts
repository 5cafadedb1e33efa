import { useMutation } from '@tanstack/react-query';
import type { TrackedItem } from '@/lib/shared/model/queue';
import { sendMessage } from '@/lib/shared/messaging/client';
import type { Outcome } from '@/lib/shared/model/categories';
import type { SatisfactionMark } from '@/lib/shared/stats/log-rows';

export interface HandledAction {
  outcome: Outcome;
  resolved: boolean;
  note?: string;
  department?: string;
  templateId?: string;
  /** Optional: asked in the closing reply, or noted by hand. */
  satisfaction?: SatisfactionMark;
}

/** Logs an action through the background (the only owner of the database) with both times, for response time. */
export function useLogHandled() {
  return useMutation({
    mutationFn: ({ tracked, action }: { tracked: TrackedItem; action: HandledAction }) => {
      const { item, classification } = tracked;
      return sendMessage('logHandled', {
        platform: item.platform,
        itemId: item.id,
        permalink: item.permalink,
        authorHandle: item.authorHandle,
        authorName: item.authorName,
        category: classification.category,
        urgent: classification.urgent.flag,
        topics: classification.topics,
        urgentTopics: classification.urgent.topics,
        language: classification.language,
        templateId: action.templateId,
        outcome: action.outcome,
        department: action.department,
        resolved: action.resolved,
        note: action.note || undefined,
        satisfaction: action.satisfaction,
        itemCreatedAt: item.createdAt,
        createdAtApproximate: item.createdAtApproximate,
        firstSeenAt: tracked.firstSeenAt,
        actionAt: Date.now(),
        text: item.text,
      });
    },
  });
}
