import { browser } from 'wxt/browser';
import type { Handlers } from '@/lib/messaging/router';

export const systemHandlers = {
  getStatus: async () => ({ version: browser.runtime.getManifest().version, dbReady: true }),
} satisfies Partial<Handlers>;
