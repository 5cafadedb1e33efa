import { getDb } from '@/lib/background/db/database';
import {
  authorRows,
  closeFollowUp,
  listFollowUps,
  openFollowUp,
  rewaitFollowUp,
} from '@/lib/background/db/followup-repository';
import { loadLogPolicy } from '@/lib/background/db/log-settings';
import type { HandledInput } from '@/lib/background/db/log-repository';
import type { Handlers } from '@/lib/background/router';
import { answerHoursOf, CUSTOMER_WAIT_HOURS, followUpDueAt } from '@/lib/shared/followups/due';
import { bumpDataRevision } from '@/lib/shared/revision';
import { loadSettings } from '@/lib/shared/settings';

/**
 * After a logged action: an escalation opens a follow-up due after the department's answer time (business
 * hours when set); any other action marked resolved closes the item's open follow-up.
 */
export async function followUpAfterHandled(input: HandledInput): Promise<void> {
  const db = getDb();
  if (input.outcome === 'escalated' && input.department) {
    const [settings, policy] = await Promise.all([loadSettings(), loadLogPolicy()]);
    const hours = answerHoursOf(settings.departments, input.department);
    await openFollowUp(db, {
      platform: input.platform,
      itemId: input.itemId,
      permalink: input.permalink,
      authorHandle: input.authorHandle,
      authorName: input.authorName,
      language: input.language,
      waitingOn: { kind: 'department', department: input.department },
      since: input.actionAt,
      dueAt: followUpDueAt(input.actionAt, hours, policy.businessHours),
      note: input.note,
    });
  } else if (input.resolved) {
    await closeFollowUp(db, input.platform, input.itemId, input.actionAt);
  }
}

export const followUpsHandlers = {
  listFollowUps: async ({ includeClosed }) => ({ followUps: await listFollowUps(getDb(), includeClosed) }),
  closeFollowUp: async ({ platform, itemId }) => {
    const followUp = await closeFollowUp(getDb(), platform, itemId, Date.now());
    if (followUp) await bumpDataRevision();
    return { followUp: followUp ?? null };
  },
  waitOnCustomer: async (key) => {
    const now = Date.now();
    const { businessHours } = await loadLogPolicy();
    const dueAt = followUpDueAt(now, CUSTOMER_WAIT_HOURS, businessHours);
    const followUp = await rewaitFollowUp(getDb(), key, { kind: 'customer' }, now, dueAt);
    if (followUp) await bumpDataRevision();
    return { followUp: followUp ?? null };
  },
  getAuthorHistory: async ({ platform, handles }) => ({ byHandle: await authorRows(getDb(), platform, handles) }),
} satisfies Partial<Handlers>;
