/** Checks a backup's rows get beyond their shape: times that are real dates. */
import type { BackupErrorCode, BackupTable } from '@/lib/shared/messaging/backup-port';

export type { BackupTable } from '@/lib/shared/messaging/backup-port';

export class BackupError extends Error {
  override name = 'BackupError';
  /** Set when the page says the reason in the user's language ('tooLarge'). */
  constructor(
    message: string,
    readonly code?: BackupErrorCode,
  ) {
    super(message);
  }
}

/** Facebook opened in 2004: no post, and nothing CareSide logged, is older. */
const EARLIEST = Date.UTC(2004, 0, 1);
const TIME_FIELDS = ['itemCreatedAt', 'firstSeenAt', 'actionAt', 'updatedAt'] as const;

function validDay(day: string): boolean {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const parsed = new Date(Date.UTC(year, month - 1, date));
  return parsed.getUTCFullYear() === year && parsed.getUTCMonth() === month - 1 && parsed.getUTCDate() === date;
}

/**
 * A time is an epoch in milliseconds between 2004 and tomorrow; a day bucket is a calendar date. A file
 * with a time in 1970 or the year 3000, or a 31st of February, was not written by CareSide.
 */
export function checkRowDates(table: BackupTable, row: object, index: number): void {
  if (table === 'templates') return;
  const latest = Date.now() + 24 * 60 * 60 * 1000;
  const record = row as Record<string, unknown>;
  const check = (field: string, required: boolean, last = latest) => {
    const value = record[field];
    if (value === undefined && !required) return;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < EARLIEST || value > last) {
      throw new BackupError(`Row ${index + 1} of "${table}": ${field} is not a valid date.`);
    }
  };
  if (table === 'followups') {
    // A follow-up has no day bucket, and no due time: that is computed when listed, from the current settings.
    check('since', true);
    check('closedAt', false);
    return;
  }
  for (const field of TIME_FIELDS) check(field, field === 'firstSeenAt' || field === 'itemCreatedAt');
  if (typeof record.day !== 'string' || !validDay(record.day)) {
    throw new BackupError(`Row ${index + 1} of "${table}": day is not a valid date.`);
  }
}
