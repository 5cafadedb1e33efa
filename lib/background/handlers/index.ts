import type { Handlers } from '@/lib/background/router';
import { systemHandlers } from './system';
import { logHandlers } from './log';
import { dataHandlers } from './data';
import { templatesHandlers } from './templates';
import { followUpsHandlers } from './followups';
import { practiceHandlers } from './practice';

/** Every message of the protocol, one file per domain. A missing handler fails the type check. */
export const handlers: Handlers = {
  ...systemHandlers,
  ...logHandlers,
  ...dataHandlers,
  ...templatesHandlers,
  ...followUpsHandlers,
  ...practiceHandlers,
};
