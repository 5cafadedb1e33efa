import { writeFileSync } from 'node:fs';
import { BUCKETS } from '../../lib/shared/classify/features';
import { OUTPUTS } from '../../lib/shared/classify/linear-model';
import { encodeWeights, type WeightsFile } from '../../lib/shared/classify/weights-file';
import type { Trained } from './sgd';

/** int8 per weight with one scale per output; tiny weights round to 0. */
export function quantise(t: Trained, temperature: number[], insultHashes: Uint32Array): WeightsFile {
  const scale = new Float32Array(OUTPUTS);
  for (let k = 0; k < OUTPUTS; k++) {
    let max = 0;
    for (let b = 0; b < BUCKETS; b++) max = Math.max(max, Math.abs(t.weights[b * OUTPUTS + k]));
    scale[k] = max > 0 ? max / 127 : 1;
  }
  const table = new Int8Array(BUCKETS * OUTPUTS);
  for (let b = 0; b < BUCKETS; b++) {
    for (let k = 0; k < OUTPUTS; k++) {
      table[b * OUTPUTS + k] = Math.max(-127, Math.min(127, Math.round(t.weights[b * OUTPUTS + k] / scale[k])));
    }
  }
  return {
    buckets: BUCKETS,
    outputs: OUTPUTS,
    scale,
    bias: Float32Array.from(t.bias),
    temperature: Float32Array.from(temperature),
    insultHashes,
    table,
  };
}

/** Writes the binary weights file; returns its size in bytes. */
export function writeWeights(path: string, w: WeightsFile): number {
  const bytes = encodeWeights(w);
  writeFileSync(path, bytes);
  return bytes.length;
}
