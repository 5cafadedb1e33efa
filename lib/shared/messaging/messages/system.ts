import { z } from 'zod';
import { defineMessage } from '../define';

export const systemMessages = {
  /** Health check used by the panel and dashboard to show "CareSide is ready". */
  getStatus: defineMessage(() => ({
    input: z.object({}),
    output: z.object({ version: z.string(), dbReady: z.boolean() }),
  })),
  /** Content scripts can't open extension pages themselves: the panel's ⚙ asks the background. */
  openOptions: defineMessage(() => ({
    input: z.object({ section: z.enum(['dashboard', 'templates', 'settings']).default('dashboard') }),
    output: z.object({ opened: z.boolean() }),
  })),
};
