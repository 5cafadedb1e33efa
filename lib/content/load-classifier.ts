import { browser } from 'wxt/browser';
import { hasModel, installModel } from '@/lib/classify';

/** The weights file in the extension package (public/classifier.bin), fetched by the extension's own URL. */
export const CLASSIFIER_WEIGHTS_FILE = 'classifier.bin';

/**
 * Fetches and installs the classifier's weights once per page. A binary file, not a base64 string in the
 * bundle: the content script stays small and the browser reads the file from the package, not the network.
 */
export async function loadClassifierWeights(): Promise<void> {
  if (hasModel()) return;
  const response = await fetch(browser.runtime.getURL(`/${CLASSIFIER_WEIGHTS_FILE}`));
  if (!response.ok) throw new Error(`CareSide could not read its classifier (${response.status})`);
  installModel(await response.arrayBuffer());
}
