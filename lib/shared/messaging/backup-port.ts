/**
 * The backup's own connection between the options page and the background. A backup is larger than one
 * runtime message may be (64 MiB), so it travels in parts: the background streams the export as text parts
 * the page joins into a Blob, and the page streams a file's text in parts the background joins, validates
 * and previews. Nothing is written until the page sends `commit` after the user confirmed the preview.
 */
import { z } from 'zod';

export { BACKUP_PORT } from './port-names';

/** Characters per part either way: far under the message cap even if every character were escaped. */
export const BACKUP_PART_CHARS = 4 * 1024 * 1024;
/**
 * The largest file the background accepts (characters). The parts are joined into one string to parse it,
 * and V8's longest string is about 2^29 characters (512 Mi): 256 MiB stays well under it, with room for the
 * parse. A 750-item log with 95 kB texts each is about 70 MiB.
 */
export const MAX_BACKUP_CHARS = 256 * 1024 * 1024;
/** Why a file was refused, when the page says it in its own words (the message is English). */
export const backupErrorCodeSchema = z.enum(['tooLarge']);
export type BackupErrorCode = z.infer<typeof backupErrorCodeSchema>;

export const importModeSchema = z.enum(['replace', 'merge']);
export type ImportMode = z.infer<typeof importModeSchema>;

export const backupRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('export') }),
  z.object({ type: z.literal('importPart'), text: z.string().max(BACKUP_PART_CHARS) }),
  z.object({ type: z.literal('importEnd') }),
  z.object({ type: z.literal('commit'), mode: importModeSchema }),
]);
export type BackupRequest = z.infer<typeof backupRequestSchema>;

/**
 * The tables a backup holds: the log, the open and closed follow-ups, the templates. Not the roll-ups ('daily', 'dailySamples',
 * rebuilt from the log on import) nor 'practice' (made-up scenarios, with their own export: the mentor's report).
 */
export const BACKUP_TABLES = ['handled', 'seen', 'followups', 'templates'] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];

const perTable = <T extends z.ZodType>(schema: T) =>
  z.object(Object.fromEntries(BACKUP_TABLES.map((table) => [table, schema])) as Record<BackupTable, T>);

const counts = perTable(z.number());
const tablePreview = z.object({
  /** Rows in the file. */
  incoming: z.number(),
  /** Rows stored now (a replace deletes them). */
  stored: z.number(),
  /** Rows of the file whose key is already stored (a merge overwrites them with the file's). */
  overlapping: z.number(),
});

export type TablePreview = z.infer<typeof tablePreview>;

/** What an import would do, for the confirmation (the background's previewBackup). */
export const backupPreviewSchema = z.object({
  tables: perTable(tablePreview),
  /** First and last day of the file's log (first seen to last action), or null when it has none. */
  from: z.number().nullable(),
  to: z.number().nullable(),
  /**
   * Notes with HTML markup. Hand-off notes quote the customer's comment, which may hold any text, so markup
   * is data: it is kept as it is and shown as text (React never renders it, the CSV defuses formulas).
   */
  markupNotes: z.number(),
});
export type BackupPreviewData = z.infer<typeof backupPreviewSchema>;

export const backupReplySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('exportPart'), text: z.string() }),
  z.object({ type: z.literal('exportDone'), rows: counts }),
  z.object({ type: z.literal('preview'), preview: backupPreviewSchema }),
  z.object({ type: z.literal('imported'), rows: counts, mode: importModeSchema }),
  z.object({ type: z.literal('error'), message: z.string(), code: backupErrorCodeSchema.optional() }),
]);
export type BackupReply = z.infer<typeof backupReplySchema>;
