import type { HandledRow } from '@/lib/shared/stats/log-rows';
import type { CareSideDb } from './database';
import { TEXT_AT } from './text-index';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface TextPolicy {
  storeText: boolean;
  textRetentionDays: number;
}

/**
 * Removes stored comment texts: all of them when "store comment text" is off, otherwise those of items
 * handled more than `textRetentionDays` ago. The rows stay (stats keep working); only `text` goes.
 * Returns how many texts were removed.
 */
export async function sweepTexts(db: CareSideDb, policy: TextPolicy, now: number): Promise<number> {
  // Through the textAt index: only rows that carry a text are visited (the middleware drops textAt with it).
  const rows = policy.storeText
    ? db.handled.where(TEXT_AT).below(now - policy.textRetentionDays * DAY_MS)
    : db.handled.orderBy(TEXT_AT);
  return rows.modify((row: HandledRow) => {
    delete row.text;
  });
}

/** How many handled rows still carry their comment text (the settings page says it before deleting them). */
export function countStoredTexts(db: CareSideDb): Promise<number> {
  return db.handled.orderBy(TEXT_AT).count();
}
