/** Seeded hashing and a small PRNG: the same word gets the same pseudo-word within one snapshot. */

/** 32-bit FNV-1a of a string, mixed with a seed. */
export function hash(seed: number, text: string): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export { rng } from '@/lib/shared/rng';

/** A fresh seed for one snapshot: two snapshots of the same page share no pseudo-words. */
export function randomSeed(): number {
  const buffer = new Uint32Array(1);
  globalThis.crypto.getRandomValues(buffer);
  return buffer[0];
}
