import { z } from 'zod';
import { defineMessage } from '../define';

export const systemMessages = {
  /** Health check the options page uses to show "CareSide is ready". */
  getStatus: defineMessage(
    () => ({
      input: z.object({}),
      output: z.object({ version: z.string(), dbReady: z.boolean() }),
    }),
    { senders: ['options'] },
  ),
  /** A framed page can't open the options page itself: the panel's ⚙ asks the background. */
  openOptions: defineMessage(
    () => ({
      input: z.object({ section: z.enum(['dashboard', 'templates', 'settings']).default('dashboard') }),
      output: z.object({ opened: z.boolean() }),
    }),
    { senders: ['panel'] },
  ),
};
