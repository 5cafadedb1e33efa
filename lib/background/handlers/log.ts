import { getDb } from '@/lib/background/db/database';
import { loadDueSettings, loadLogPolicy, maybeApplyRetention } from '@/lib/background/db/log-settings';
import { countTemplateUsage, findHandledIds, recordHandled } from '@/lib/background/db/log-repository';
import { queryStats, recomputeStats } from '@/lib/background/db/stats-repository';
import type { Handlers } from '@/lib/background/router';
import { bumpDataRevision } from '@/lib/shared/revision';
import { followUpAfterHandled } from './followups';

/**
 * After a write: tell open views, then prune old rows if the hourly retention pass is due. Retention
 * runs after the answer (the caller doesn't wait for it); if the worker dies first, the next start runs it.
 */
async function afterWrite(): Promise<void> {
  await bumpDataRevision();
  void maybeApplyRetention().catch((error: unknown) => console.warn('CareSide retention failed', error));
}

export const logHandlers = {
  logHandled: async (input) => {
    const result = await recordHandled(getDb(), input, await loadLogPolicy());
    await followUpAfterHandled(input);
    await afterWrite();
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
