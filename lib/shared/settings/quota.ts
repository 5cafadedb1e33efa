/**
 * chrome.storage.sync limits (https://developer.chrome.com/docs/extensions/reference/api/storage#property-sync):
 * an item is measured as its key plus its JSON, in bytes. Firefox uses the same numbers.
 */
export const SYNC_QUOTA_BYTES_PER_ITEM = 8192;
export const SYNC_QUOTA_BYTES = 102400;

const encoder = new TextEncoder();

export function syncItemBytes(key: string, value: unknown): number {
  return encoder.encode(key).length + encoder.encode(JSON.stringify(value)).length;
}

export interface SyncFit {
  fits: boolean;
  bytes: number;
  limit: number;
}

/** Whether an item fits sync storage; the browser's own constants win when it exposes them. */
export function fitsSync(
  key: string,
  value: unknown,
  limits: { perItem?: number; total?: number } = {},
  otherBytes = 0,
): SyncFit {
  const perItem = limits.perItem ?? SYNC_QUOTA_BYTES_PER_ITEM;
  const total = limits.total ?? SYNC_QUOTA_BYTES;
  const bytes = syncItemBytes(key, value);
  return { fits: bytes <= perItem && bytes + otherBytes <= total, bytes, limit: perItem };
}
