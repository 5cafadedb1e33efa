import { getDb } from '@/lib/background/db/database';
import { loadDueSettings, loadLogPolicy, maybeApplyRetention } from '@/lib/background/db/log-settings';
import { countTemplateUsage, findHandledIds, recordHandled } from '@/lib/background/db/log-repository';
import { queryStats, recomputeStats } from '@/lib/background/db/stats-repository';
import type { Handlers } from '@/lib/background/router';
import { bumpDataRevision, bumpDataRevisionSoon } from '@/lib/shared/revision';
import { followUpAfterHandled } from './followups';

/**
 * After a write: tell open views once the writes settle, and prune old rows if the hourly retention pass
 * is due. Both run after the answer: the row is committed, and whoever acted shouldn't wait for other
 * views to hear of it. If the worker dies first, the next start runs retention.
 */
function afterWrite(): void {
  bumpDataRevisionSoon();
  void maybeApplyRetention().catch((error: unknown) => console.warn('CareSide retention failed', error));
}

export const logHandlers = {
  logHandled: async (input) => {
    const db = getDb();
    const policy = await loadLogPolicy();
    // One transaction for the row, its roll-ups and its follow-up: one commit, and a crash leaves all or none.
    const result = await db.transaction(
      'rw',
      [db.handled, db.seen, db.daily, db.dailySamples, db.followups],
      async () => {
        const recorded = await recordHandled(db, input, policy);
        await followUpAfterHandled(input);
        return recorded;
      },
    );
    afterWrite();
    return result;
  },
  getHandledIds: async ({ platform, itemIds }) => ({ handled: await findHandledIds(getDb(), platform, itemIds) }),
  getTemplateUsage: async () => ({ usage: await countTemplateUsage(getDb()) }),
  getStats: async (range) => {
    await maybeApplyRetention();
    const { businessHoursOnly } = await loadLogPolicy();
    return queryStats(getDb(), range, businessHoursOnly, await loadDueSettings());
  },
  recomputeStats: async () => {
    const rows = await recomputeStats(getDb(), (await loadLogPolicy()).businessHours);
    await bumpDataRevision();
    return { rows };
  },
} satisfies Partial<Handlers>;
