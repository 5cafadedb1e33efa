/** Node side of the classifier: installs public/classifier.bin (the extension fetches the same file by URL). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { installModel } from '../../lib/shared/classify/linear-model';

export const WEIGHTS_PATH = resolve(import.meta.dirname, '../../public/classifier.bin');

export function installWeightsFromDisk(path = WEIGHTS_PATH): void {
  installModel(readFileSync(path));
}

installWeightsFromDisk();
