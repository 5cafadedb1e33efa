import { getDb } from '@/lib/background/db/database';
import {
  authorRows,
  closeFollowUp,
  listFollowUps,
  openFollowUp,
  rewaitFollowUp,
  withDetails,
} from '@/lib/background/db/followup-repository';
import { loadDueSettings } from '@/lib/background/db/log-settings';
import type { HandledInput } from '@/lib/background/db/log-repository';
import type { Handlers } from '@/lib/background/router';
import type { FollowUpRow } from '@/lib/shared/followups/schema';
import { bumpDataRevision } from '@/lib/shared/revision';

/** A changed follow-up as the UI gets it (null when there was none to change). */
async function detailed(row: FollowUpRow | undefined) {
  if (!row) return { followUp: null };
  await bumpDataRevision();
  const [followUp] = await withDetails(getDb(), [row], await loadDueSettings());
  return { followUp: followUp ?? null };
}

/**
 * After a logged action: an escalation opens a follow-up waiting on the department (due after its answer
 * time, computed when listed); any other action marked resolved closes the item's open follow-up.
 */
export async function followUpAfterHandled(input: HandledInput): Promise<void> {
  const db = getDb();
  if (input.outcome === 'escalated' && input.department) {
    await openFollowUp(db, {
      platform: input.platform,
      itemId: input.itemId,
      waitingOn: { kind: 'department', department: input.department },
      since: input.actionAt,
    });
  } else if (input.resolved) {
    await closeFollowUp(db, input.platform, input.itemId, input.actionAt);
  }
}

export const followUpsHandlers = {
  listFollowUps: async ({ includeClosed }) => ({
    followUps: await listFollowUps(getDb(), includeClosed, await loadDueSettings()),
  }),
  closeFollowUp: async ({ platform, itemId }) => detailed(await closeFollowUp(getDb(), platform, itemId, Date.now())),
  waitOnCustomer: async (key) => detailed(await rewaitFollowUp(getDb(), key, { kind: 'customer' }, Date.now())),
  getAuthorHistory: async ({ platform, handles }) => ({ byHandle: await authorRows(getDb(), platform, handles) }),
} satisfies Partial<Handlers>;
