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
/** The largest file the background accepts (characters). */
export const MAX_BACKUP_CHARS = 1024 * 1024 * 1024;

export const importModeSchema = z.enum(['replace', 'merge']);

export const backupRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('export') }),
  z.object({ type: z.literal('importPart'), text: z.string().max(BACKUP_PART_CHARS) }),
  z.object({ type: z.literal('importEnd') }),
  z.object({ type: z.literal('commit'), mode: importModeSchema }),
]);
export type BackupRequest = z.infer<typeof backupRequestSchema>;

const counts = z.object({ handled: z.number(), seen: z.number(), templates: z.number() });
const tablePreview = z.object({ incoming: z.number(), stored: z.number(), overlapping: z.number() });

export const backupPreviewSchema = z.object({
  tables: z.object({ handled: tablePreview, seen: tablePreview, templates: tablePreview }),
  from: z.number().nullable(),
  to: z.number().nullable(),
  markupNotes: z.number(),
});
export type BackupPreviewData = z.infer<typeof backupPreviewSchema>;

export const backupReplySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('exportPart'), text: z.string() }),
  z.object({ type: z.literal('exportDone'), rows: counts }),
  z.object({ type: z.literal('preview'), preview: backupPreviewSchema }),
  z.object({ type: z.literal('imported'), rows: counts, mode: importModeSchema }),
  z.object({ type: z.literal('error'), message: z.string() }),
]);
export type BackupReply = z.infer<typeof backupReplySchema>;
