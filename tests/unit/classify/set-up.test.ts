import { describe, expect, it, vi } from 'vitest';

const TEXTS = [
  'Il mio ordine non è arrivato, pessimo servizio',
  'Where is my parcel? It never arrived',
  'Grazie mille, siete stati gentilissimi!',
  "You charged me twice for the same order, I'll sue you",
  'Compra follower a 1€ su www.example.biz',
];

/** A freshly imported classifier: nothing compiled or decoded yet. */
async function freshClassifier() {
  vi.resetModules();
  return import('@/lib/classify');
}

describe('classifier set-up steps', () => {
  it('running them first gives the same classifications as setting up on first use', async () => {
    const lazy = await freshClassifier();
    const expected = TEXTS.map((text) => JSON.parse(JSON.stringify(lazy.classify(text))));

    const prepared = await freshClassifier();
    const steps = prepared.classifierSetUp();
    expect(steps.length).toBeGreaterThan(2);
    const decode = vi.spyOn(globalThis, 'atob');
    try {
      for (const step of steps) step();
      expect(decode).toHaveBeenCalledTimes(1); // the weights, decoded by the set-up...
      const actual = TEXTS.map((text) => JSON.parse(JSON.stringify(prepared.classify(text))));
      expect(decode).toHaveBeenCalledTimes(1); // ...and not again by the first classifications
      expect(actual).toEqual(expected);
      expect(actual.map((c) => c.category)).toContain('complaint');
    } finally {
      decode.mockRestore();
    }
  });
});
