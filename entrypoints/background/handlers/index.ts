import type { Handlers } from '@/lib/messaging/router';
import { systemHandlers } from './system';

/** Every message of the protocol, one file per domain. A missing handler fails the type check. */
export const handlers: Handlers = {
  ...systemHandlers,
};
