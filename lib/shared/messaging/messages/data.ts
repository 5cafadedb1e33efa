import { z } from 'zod';
import { defineMessage } from '../define';

const rowCounts = () => z.object({ handled: z.number(), seen: z.number(), templates: z.number() });
const optionsOnly = { senders: ['options'] } as const;

/** Backup, CSV, wipe and restore: only from the options page. */
export const dataMessages = {
  getDataSummary: defineMessage(
    () => ({
      input: z.object({}),
      output: rowCounts().extend({ retentionDays: z.number().nullable(), storeText: z.boolean() }),
    }),
    optionsOnly,
  ),
  exportData: defineMessage(
    () => ({ input: z.object({}), output: z.object({ json: z.string(), rows: rowCounts() }) }),
    optionsOnly,
  ),
  exportLogCsv: defineMessage(
    () => ({ input: z.object({}), output: z.object({ csv: z.string(), rows: z.number() }) }),
    optionsOnly,
  ),
  /** Replaces everything with a backup; a file that fails validation changes nothing. */
  importData: defineMessage(
    () => ({ input: z.object({ json: z.string().max(512 * 1024 * 1024) }), output: rowCounts() }),
    optionsOnly,
  ),
  /** Deletes every row; the literal makes an accidental call impossible. */
  wipeData: defineMessage(
    () => ({ input: z.object({ confirm: z.literal('DELETE') }), output: z.object({ wiped: z.literal(true) }) }),
    optionsOnly,
  ),
};
