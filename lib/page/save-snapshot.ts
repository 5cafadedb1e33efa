import type { PlatformAdapter } from '@/lib/platforms/types';
import { buildSnapshot } from '@/lib/page/snapshot';

/**
 * Builds the anonymised snapshot of the thread on screen and hands it to the browser as a download (a Blob
 * URL and <a download>): the file goes to the user's disk, never over the network. Returns its file name.
 */
export function downloadSnapshot(adapter: PlatformAdapter, version: string): string {
  const file = buildSnapshot(document, adapter, { version });
  const url = URL.createObjectURL(new Blob([file.html], { type: 'text/html;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return file.fileName;
}
