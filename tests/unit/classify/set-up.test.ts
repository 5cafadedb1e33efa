import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { WEIGHTS_PATH } from '../../../scripts/lib/install-weights';

const TEXTS = [
  'Il mio ordine non è arrivato, pessimo servizio',
  'Where is my parcel? It never arrived',
  'Grazie mille, siete stati gentilissimi!',
  "You charged me twice for the same order, I'll sue you",
  'Compra follower a 1€ su www.example.biz',
];

/** A freshly imported classifier: no weights installed, nothing compiled. */
async function freshClassifier() {
  vi.resetModules();
  return import('@/lib/shared/classify');
}

describe('classifier weights and set-up', () => {
  it('before its weights are installed, classify() answers "other" with zero confidence and never throws', async () => {
    const fresh = await freshClassifier();
    expect(fresh.hasModel()).toBe(false);
    const c = fresh.classify('You charged me twice');
    expect(c.category).toBe('other');
    expect(c.confidence).toBe(0);
    expect(c.urgent.flag).toBe(false);
  });

  it('running the set-up steps first gives the same classifications as setting up on first use', async () => {
    const weights = readFileSync(WEIGHTS_PATH);
    const lazy = await freshClassifier();
    lazy.installModel(weights);
    const expected = TEXTS.map((text) => JSON.parse(JSON.stringify(lazy.classify(text))));

    const prepared = await freshClassifier();
    prepared.installModel(weights);
    const steps = prepared.classifierSetUp();
    expect(steps.length).toBeGreaterThan(2);
    for (const step of steps) step();
    const actual = TEXTS.map((text) => JSON.parse(JSON.stringify(prepared.classify(text))));
    expect(actual).toEqual(expected);
    expect(actual.map((c) => c.category)).toContain('complaint');
  });

  it('refuses a file that is not a complete weights file of this build', async () => {
    const fresh = await freshClassifier();
    const weights = new Uint8Array(readFileSync(WEIGHTS_PATH));
    expect(() => fresh.installModel(new Uint8Array([1, 2, 3]))).toThrow(/too short/);
    expect(() => fresh.installModel(new TextEncoder().encode('not weights at all, just text'))).toThrow(
      /not a CareSide/,
    );
    expect(() => fresh.installModel(weights.slice(0, weights.length - 1))).toThrow(/bytes, expected/);
    expect(fresh.hasModel()).toBe(false);
    fresh.installModel(weights);
    expect(fresh.hasModel()).toBe(true);
  });

  it('ships the weights as a compact binary file, within 1.5 MB', () => {
    const size = readFileSync(WEIGHTS_PATH).length;
    expect(size).toBeLessThanOrEqual(1.5 * 1024 * 1024);
    expect(readFileSync(WEIGHTS_PATH).subarray(0, 4).toString('latin1')).toBe('CSW1');
  });
});
