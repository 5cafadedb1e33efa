import { z } from 'zod';
import { defineMessage } from '../define';

const rowCounts = () => z.object({ handled: z.number(), seen: z.number(), templates: z.number() });
const optionsOnly = { senders: ['options'] } as const;

/** Summary, CSV and wipe: only from the options page. Backups travel over their own port (backup-port.ts). */
export const dataMessages = {
  getDataSummary: defineMessage(
    () => ({
      input: z.object({}),
      output: rowCounts().extend({
        retentionDays: z.number().nullable(),
        storeText: z.boolean(),
        /** Handled rows that still carry their comment text. */
        storedTexts: z.number(),
      }),
    }),
    optionsOnly,
  ),
  exportLogCsv: defineMessage(
    () => ({ input: z.object({}), output: z.object({ csv: z.string(), rows: z.number() }) }),
    optionsOnly,
  ),
  /** Deletes every row; the literal makes an accidental call impossible. */
  wipeData: defineMessage(
    () => ({ input: z.object({ confirm: z.literal('DELETE') }), output: z.object({ wiped: z.literal(true) }) }),
    optionsOnly,
  ),
};
