import { describe, expect, it } from 'vitest';
import { interleave, PRACTICE_ORDER, strided } from '@/lib/shared/training/practice-order';
import { PRACTICE_SET } from '@/lib/shared/training/practice-set';

const ids = (list: ReadonlyArray<{ id: string }>) => list.map((scenario) => scenario.id);

describe('the practice order', () => {
  it('is a permutation of the practice set', () => {
    expect(PRACTICE_ORDER).toHaveLength(PRACTICE_SET.length);
    expect(ids(PRACTICE_ORDER).sort()).toEqual(ids(PRACTICE_SET).sort());
  });

  it('alternates the languages, starting with Italian', () => {
    expect(PRACTICE_ORDER.slice(0, 6).map((scenario) => scenario.language)).toEqual([
      'it',
      'en',
      'it',
      'en',
      'it',
      'en',
    ]);
  });

  it('stays a permutation when the stride shares a factor with the length, or the sets differ in size', () => {
    const ten = Array.from({ length: 10 }, (_, index) => index);
    expect(strided(ten, 5).sort((a, b) => a - b)).toEqual(ten);
    expect(strided(ten, 5).slice(0, 3)).toEqual([0, 5, 1]);
    expect(interleave<number | string>([[1, 2, 3], ['a']])).toEqual([1, 'a', 2, 3]);
    expect(interleave([])).toEqual([]);
  });
});
