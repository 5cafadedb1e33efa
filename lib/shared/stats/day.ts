/** Local calendar day (YYYY-MM-DD) of an epoch-ms time: the dashboard's periods are local days. */
export function localDay(epochMs: number): string {
  const date = new Date(epochMs);
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

/** Epoch ms of local midnight starting a YYYY-MM-DD day. */
export function dayStart(day: string): number {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(year!, month! - 1, date!).getTime();
}

/** The day `offset` days after `day` (negative goes back), DST-safe. */
export function addDays(day: string, offset: number): string {
  const [year, month, date] = day.split('-').map(Number);
  return localDay(new Date(year!, month! - 1, date! + offset).getTime());
}

/** Every day from `from` to `to` inclusive (empty if reversed). */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  return days;
}
