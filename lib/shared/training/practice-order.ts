import { PRACTICE_SET } from './practice-set';
import type { Scenario } from './schema';

/**
 * `list` visited `stride` steps at a time; a step that lands on an element already taken moves on to the
 * next free one. A permutation of `list` whatever its length and stride.
 */
export function strided<T>(list: readonly T[], stride: number): T[] {
  const taken = list.map(() => false);
  return list.map((_, step) => {
    let at = (step * stride) % list.length;
    while (taken[at]) at = (at + 1) % list.length;
    taken[at] = true;
    return list[at]!;
  });
}

/** One element of each list in turn, skipping the lists that ran out: every element exactly once. */
export function interleave<T>(lists: ReadonlyArray<readonly T[]>): T[] {
  const longest = Math.max(0, ...lists.map((list) => list.length));
  return Array.from({ length: longest }, (_, index) => lists.flatMap((list) => list.slice(index, index + 1))).flat();
}

/**
 * The order scenarios come in: Italian and English in turn, each language's set strided so X and Facebook
 * and the kinds mix (a session never runs through eight complaints in a row). Stable, so a mentor and a
 * trainee talk about the same "scenario 5".
 */
export const PRACTICE_ORDER: readonly Scenario[] = interleave(
  (['it', 'en'] as const).map((language) =>
    strided(
      PRACTICE_SET.filter((scenario) => scenario.language === language),
      5,
    ),
  ),
);
