import { businessSecondsBetween, type BusinessHours } from './business-hours';

export interface ResponseTimes {
  responseSeconds: number;
  businessResponseSeconds: number;
}

/**
 * How long the customer waited: from their post to our first action. Facebook only shows relative
 * times ("2 h"), so an estimated creation time can land after the moment we first saw the item,
 * which is impossible: the start is clamped to first-seen. Never negative.
 */
export function computeResponseTimes(
  item: { itemCreatedAt: number; firstSeenAt: number; actionAt: number },
  hours: BusinessHours | null,
): ResponseTimes {
  const start = Math.min(item.itemCreatedAt, item.firstSeenAt, item.actionAt);
  const responseSeconds = Math.round((item.actionAt - start) / 1000);
  const businessResponseSeconds =
    hours && hours.enabled ? businessSecondsBetween(start, item.actionAt, hours) : responseSeconds;
  return { responseSeconds, businessResponseSeconds };
}

/** Linear-interpolated percentile (p in 0..1) of an ascending array; null when empty. */
export function percentile(sortedAscending: ArrayLike<number>, p: number): number | null {
  const length = sortedAscending.length;
  if (length === 0) return null;
  const position = (length - 1) * p;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const weight = position - lower;
  return sortedAscending[lower]! * (1 - weight) + sortedAscending[upper]! * weight;
}

/** Share (0..1) of values at or under a limit; null when there are none. */
export function shareWithin(sortedAscending: ArrayLike<number>, limitSeconds: number): number | null {
  const length = sortedAscending.length;
  if (length === 0) return null;
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sortedAscending[middle]! <= limitSeconds) low = middle + 1;
    else high = middle;
  }
  return low / length;
}
