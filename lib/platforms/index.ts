import type { PlatformAdapter } from './types';
import { xAdapter } from './x';
import { facebookAdapter } from './facebook';

export type { PlatformAdapter } from './types';
export { xAdapter } from './x';
export { facebookAdapter } from './facebook';

export const ADAPTERS: readonly PlatformAdapter[] = [xAdapter, facebookAdapter];

/** The adapter for a page URL, or null on sites CareSide doesn't read. */
export function adapterForUrl(url: string): PlatformAdapter | null {
  return ADAPTERS.find((adapter) => adapter.matchesUrl(url)) ?? null;
}
