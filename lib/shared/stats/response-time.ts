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
