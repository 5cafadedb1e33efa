import { describe, expect, it } from 'vitest';
import { rng } from '@/lib/shared/rng';
import { TimeSample } from '@/lib/shared/stats/time-sample';

/** The textbook answer: sort, then interpolate between the two nearest ranks. */
function sortedQuantile(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * p;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  return sorted[lower]! * (1 - (position - lower)) + sorted[upper]! * (position - lower);
}

describe('TimeSample', () => {
  const values = [3600, 60, 7200, 600, 120];

  it('interpolates linearly between ranks, from lists in any order', () => {
    expect(new TimeSample([values]).quantile(0.5)).toBe(600);
    expect(
      new TimeSample([
        [4, 1],
        [3, 2],
      ]).quantile(0.5),
    ).toBe(2.5);
    expect(new TimeSample([values]).quantile(0.9)).toBeCloseTo(3600 + 0.6 * 3600);
    expect(new TimeSample([values]).quantile(0)).toBe(60);
    expect(new TimeSample([values]).quantile(1)).toBe(7200);
    expect(new TimeSample([]).quantile(0.5)).toBeNull();
    expect(new TimeSample([[], []]).count).toBe(0);
  });

  it('counts values at or under a limit', () => {
    const sample = new TimeSample([values.slice(0, 2), values.slice(2)]);
    expect(sample.shareWithin(600)).toBe(0.6);
    expect(sample.shareWithin(59)).toBe(0);
    expect(sample.countWithin(7200)).toBe(5);
    expect(new TimeSample([]).shareWithin(600)).toBeNull();
  });

  it('agrees with sorting on random, duplicated, sorted and constant samples, whatever was asked before', () => {
    const random = rng(7);
    const shapes: number[][] = [
      Array.from({ length: 1001 }, () => Math.floor(random() * 5000)),
      Array.from({ length: 500 }, () => Math.floor(random() * 4)),
      Array.from({ length: 300 }, (_, index) => index),
      Array.from({ length: 300 }, (_, index) => 300 - index),
      Array.from({ length: 64 }, () => 42),
      [5],
    ];
    for (const shape of shapes) {
      const sample = new TimeSample([shape.slice(0, 7), shape.slice(7)]);
      for (const p of [0.5, 0.9, 0.1, 0.99, 0.5, 0, 1, 0.333]) {
        expect(sample.quantile(p)).toBeCloseTo(sortedQuantile(shape, p)!, 9);
      }
      expect(sample.countWithin(1000)).toBe(shape.filter((value) => value <= 1000).length);
    }
  });
});
