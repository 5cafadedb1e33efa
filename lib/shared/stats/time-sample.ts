/**
 * The response or resolution times of a period, gathered from its day roll-ups, answering order statistics
 * in linear time. A year holds about 100,000 of them: sorting them took longer than reading the roll-ups.
 * Answers are those of the sorted values (linear interpolation between ranks).
 */
export class TimeSample {
  private readonly values: Float64Array;

  constructor(lists: readonly ArrayLike<number>[]) {
    let total = 0;
    for (const list of lists) total += list.length;
    this.values = new Float64Array(total);
    let offset = 0;
    for (const list of lists) {
      this.values.set(list, offset);
      offset += list.length;
    }
  }

  get count(): number {
    return this.values.length;
  }

  /** The p-quantile (0..1), interpolated between the two nearest ranks; null when empty. */
  quantile(p: number): number | null {
    const length = this.values.length;
    if (length === 0) return null;
    const position = (length - 1) * p;
    const lower = Math.floor(position);
    const weight = position - lower;
    const low = this.select(lower);
    if (weight === 0) return low;
    // After selecting rank `lower`, every value past it is at least as large: the next rank is their minimum.
    let high = Number.POSITIVE_INFINITY;
    for (let index = lower + 1; index < length; index++) high = Math.min(high, this.values[index]!);
    return low * (1 - weight) + high * weight;
  }

  /** How many values are at or under the limit. */
  countWithin(limit: number): number {
    let count = 0;
    for (const value of this.values) if (value <= limit) count += 1;
    return count;
  }

  /** Share (0..1) of values at or under the limit; null when empty. */
  shareWithin(limit: number): number | null {
    return this.values.length === 0 ? null : this.countWithin(limit) / this.values.length;
  }

  /** Puts the value of rank k at index k, smaller ones before it and larger ones after (Hoare's selection). */
  private select(k: number): number {
    const values = this.values;
    let left = 0;
    let right = values.length - 1;
    while (left < right) {
      const middle = (left + right) >> 1;
      // Median of three as the pivot: sorted or constant runs (common in roll-ups) stay linear.
      const pivot = medianOf(values[left]!, values[middle]!, values[right]!);
      let i = left;
      let j = right;
      while (i <= j) {
        while (values[i]! < pivot) i += 1;
        while (values[j]! > pivot) j -= 1;
        if (i <= j) {
          const swap = values[i]!;
          values[i] = values[j]!;
          values[j] = swap;
          i += 1;
          j -= 1;
        }
      }
      if (k <= j) right = j;
      else if (k >= i) left = i;
      else break;
    }
    return values[k]!;
  }
}

function medianOf(a: number, b: number, c: number): number {
  if (a < b) return b < c ? b : a < c ? c : a;
  return a < c ? a : b < c ? c : b;
}
