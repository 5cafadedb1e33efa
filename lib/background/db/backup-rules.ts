/** Checks a backup's rows get beyond their shape: times that are real dates. */
import type { BackupErrorCode } from '@/lib/shared/messaging/backup-port';

export type BackupTable = 'handled' | 'seen' | 'templates';

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
  for (const field of TIME_FIELDS) {
    const value = record[field];
    if (value === undefined && field !== 'firstSeenAt' && field !== 'itemCreatedAt') continue;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < EARLIEST || value > latest) {
      throw new BackupError(`Row ${index + 1} of "${table}": ${field} is not a valid date.`);
    }
  }
  if (typeof record.day !== 'string' || !validDay(record.day)) {
    throw new BackupError(`Row ${index + 1} of "${table}": day is not a valid date.`);
  }
}
