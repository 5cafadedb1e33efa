/**
 * The classifier's weights as one compact binary file (public/classifier.bin), fetched by the extension with
 * its own URL and read by Node scripts from disk: never a base64 string inside a JS bundle.
 *
 * Layout, little-endian:
 *   0  "CSW1"                      magic
 *   4  u32 version (1)
 *   8  u32 buckets, 12 u32 outputs, 16 u32 lexicon word count, 20 u32 calibration count
 *   24 f32[outputs] scale, f32[outputs] bias, f32[calibration] temperatures (per head, see model.ts)
 *   .. u32[lexicon] hashes of insult words from maintained npm lists (cuss, italian-badwords-list)
 *   .. i8[buckets * outputs] weight table, bucket-major
 */
export interface WeightsFile {
  buckets: number;
  outputs: number;
  scale: Float32Array;
  bias: Float32Array;
  temperature: Float32Array;
  insultHashes: Uint32Array;
  table: Int8Array;
}

const MAGIC = 0x31575343; // "CSW1" read as a little-endian u32
const VERSION = 1;
const HEADER = 24;

export function encodeWeights(w: WeightsFile): Uint8Array {
  const floats = 2 * w.outputs + w.temperature.length;
  const size = HEADER + 4 * floats + 4 * w.insultHashes.length + w.table.length;
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, VERSION, true);
  view.setUint32(8, w.buckets, true);
  view.setUint32(12, w.outputs, true);
  view.setUint32(16, w.insultHashes.length, true);
  view.setUint32(20, w.temperature.length, true);
  let at = HEADER;
  for (const list of [w.scale, w.bias, w.temperature])
    for (const x of list) {
      view.setFloat32(at, x, true);
      at += 4;
    }
  for (const h of w.insultHashes) {
    view.setUint32(at, h >>> 0, true);
    at += 4;
  }
  bytes.set(new Uint8Array(w.table.buffer, w.table.byteOffset, w.table.length), at);
  return bytes;
}

/** Throws on anything that is not a complete weights file of this version. */
export function decodeWeights(input: ArrayBuffer | Uint8Array): WeightsFile {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (bytes.length < HEADER) throw new Error('classifier weights: file too short');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== MAGIC) throw new Error('classifier weights: not a CareSide weights file');
  if (view.getUint32(4, true) !== VERSION) throw new Error('classifier weights: unknown version');
  const buckets = view.getUint32(8, true);
  const outputs = view.getUint32(12, true);
  const words = view.getUint32(16, true);
  const calibration = view.getUint32(20, true);
  const expected = HEADER + 4 * (2 * outputs + calibration) + 4 * words + buckets * outputs;
  if (bytes.length !== expected) throw new Error(`classifier weights: ${bytes.length} bytes, expected ${expected}`);
  let at = HEADER;
  const floats = (n: number) => {
    const out = new Float32Array(n);
    for (let i = 0; i < n; i++, at += 4) out[i] = view.getFloat32(at, true);
    return out;
  };
  const scale = floats(outputs);
  const bias = floats(outputs);
  const temperature = floats(calibration);
  const insultHashes = new Uint32Array(words);
  for (let i = 0; i < words; i++, at += 4) insultHashes[i] = view.getUint32(at, true);
  const table = new Int8Array(bytes.buffer, bytes.byteOffset + at, buckets * outputs).slice();
  return { buckets, outputs, scale, bias, temperature, insultHashes, table };
}
