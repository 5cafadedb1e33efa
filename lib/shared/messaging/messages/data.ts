import { z } from 'zod';
import { defineMessage } from '../define';

const rowCounts = () => z.object({ handled: z.number(), seen: z.number(), templates: z.number() });
const privileged = { privileged: true };

/** Backup, CSV, wipe and restore: only from CareSide's own pages. */
export const dataMessages = {
  getDataSummary: defineMessage(
    () => ({
      input: z.object({}),
      output: rowCounts().extend({ retentionDays: z.number().nullable(), storeText: z.boolean() }),
    }),
    privileged,
  ),
  exportData: defineMessage(
    () => ({ input: z.object({}), output: z.object({ json: z.string(), rows: rowCounts() }) }),
    privileged,
  ),
  exportLogCsv: defineMessage(
    () => ({ input: z.object({}), output: z.object({ csv: z.string(), rows: z.number() }) }),
    privileged,
  ),
  /** Replaces everything with a backup; a file that fails validation changes nothing. */
  importData: defineMessage(
    () => ({ input: z.object({ json: z.string().max(512 * 1024 * 1024) }), output: rowCounts() }),
    privileged,
  ),
  /** Deletes every row; the literal makes an accidental call impossible. */
  wipeData: defineMessage(
    () => ({ input: z.object({ confirm: z.literal('DELETE') }), output: z.object({ wiped: z.literal(true) }) }),
    privileged,
  ),
};
