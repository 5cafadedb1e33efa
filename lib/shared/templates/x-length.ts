import twitterText from 'twitter-text';

/** X counts characters by weight (most CJK and emoji count 2) and every URL as 23. */
export const X_LIMIT = 280;
/** What X counts any link as, whatever its length. */
export const X_URL_WEIGHT = 23;
/** Past this the UI warns, so the user trims before hitting the wall. */
export const X_WARNING_THRESHOLD = 260;

export function xLength(text: string): number {
  return twitterText.parseTweet(text).weightedLength;
}

export type XLengthStatus = 'ok' | 'near' | 'over';

export function xLengthStatus(text: string): { length: number; status: XLengthStatus } {
  const length = xLength(text);
  const status = length > X_LIMIT ? 'over' : length > X_WARNING_THRESHOLD ? 'near' : 'ok';
  return { length, status };
}
