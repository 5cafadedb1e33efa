import Dexie, { type Table } from 'dexie';
import type { FollowUpRow } from '@/lib/shared/followups/schema';
import type { Template } from '@/lib/shared/templates/schema';
import type { PracticeAttempt } from '@/lib/shared/training/attempt';
import type { DailyCounts, DailySamples, HandledRow, SeenRow } from '@/lib/shared/stats/log-rows';
import { buildRollups } from '@/lib/shared/stats/rollup';
import { moveSamplesOut } from './rollup-tables';
import { slimFollowUps } from './followup-upgrade';
import { TEXT_AT, textIndexMiddleware, withTextAt } from './text-index';

export const DB_NAME = 'careside';

/**
 * The single database of the extension, owned by the background. Schema rules: never edit a
 * published version, only add a new one (with an upgrade() when data must move).
 */
export class CareSideDb extends Dexie {
  handled!: Table<HandledRow, [string, string]>;
  seen!: Table<SeenRow, [string, string]>;
  templates!: Table<Template, string>;
  /** Roll-ups: each day's counters here, its samples in dailySamples (rollup-tables.ts). */
  daily!: Table<DailyCounts, [string, string]>;
  dailySamples!: Table<DailySamples, [string, string]>;
  followups!: Table<FollowUpRow, [string, string]>;
  practice!: Table<PracticeAttempt, string>;

  constructor(name = DB_NAME) {
    super(name);
    // v1: the raw log and the templates.
    this.version(1).stores({
      handled: '[platform+itemId], actionAt, [platform+actionAt], templateId',
      seen: '[platform+itemId], firstSeenAt',
      templates: 'id',
    });
    // v2: daily roll-ups so the dashboard reads a few hundred rows instead of the whole log.
    this.version(2)
      .stores({ daily: '[day+platform], day' })
      .upgrade(async (tx) =>
        tx.table('daily').bulkPut(buildRollups(await tx.table('handled').toArray(), await tx.table('seen').toArray())),
      );
    // v3: trainee mode's practice answers (made-up scenarios, no customer data), by time.
    this.version(3).stores({ practice: 'id, at' });
    // v4: follow-ups, and the log indexed by author for the customer history (v3 is the practice table).
    this.version(4).stores({
      handled: '[platform+itemId], actionAt, [platform+actionAt], templateId, [platform+authorHandle]',
      followups: '[platform+itemId], dueAt, status',
    });
    // v5: follow-ups keep only what can't be derived: who/where/note come from the handled row, the due
    // time from the settings as they are now. Closed ones indexed by when, for the latest few.
    this.version(5)
      .stores({ followups: '[platform+itemId], status, closedAt' })
      .upgrade((tx) => slimFollowUps(tx.table('followups'), tx.table('handled')));
    // v6: stored comment texts indexed by when (text-index.ts), so counting and expiring them skips the rest.
    this.version(6)
      .stores({
        handled: `[platform+itemId], actionAt, [platform+actionAt], templateId, [platform+authorHandle], ${TEXT_AT}`,
      })
      .upgrade((tx) =>
        tx
          .table('handled')
          .filter((row: HandledRow) => row.text !== undefined)
          .modify((row: HandledRow & { textAt?: number }) => {
            row.textAt = withTextAt(row).textAt;
          }),
      );
    // v7: each roll-up's samples (every response time and author, megabytes a year) apart from its counters,
    // which the panel's template ranking and the data summary read often (rollup-tables.ts).
    this.version(7)
      .stores({ dailySamples: '[day+platform], day' })
      .upgrade((tx) => moveSamplesOut({ counts: tx.table('daily'), samples: tx.table('dailySamples') }));
    this.use(textIndexMiddleware);
  }
}

let instance: CareSideDb | undefined;

/** The lazily created database: nothing opens IndexedDB until a handler needs it. */
export function getDb(): CareSideDb {
  instance ??= new CareSideDb();
  return instance;
}

/** Tests only: forget the instance (after deleting the database). */
export function resetDbInstance(): void {
  instance?.close();
  instance = undefined;
}
