/** The part of the settings' business hours that response-time maths needs. */
export interface BusinessHours {
  enabled: boolean;
  excludeFromResponseTime: boolean;
  /** IANA zone, e.g. 'Europe/Rome'. */
  timeZone: string;
  /** Open weekdays, 0 = Sunday. */
  days: number[];
  /** 'HH:MM' local to timeZone; end after start (no overnight shifts). */
  start: string;
  end: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

/** Wall-clock parts of an instant in a zone. */
function wallParts(epochMs: number, timeZone: string) {
  const parts: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(epochMs)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour!,
    minute: parts.minute!,
    second: parts.second!,
  };
}

function zoneOffsetMs(epochMs: number, timeZone: string): number {
  const wall = wallParts(epochMs, timeZone);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return asUtc - Math.floor(epochMs / 1000) * 1000;
}

/** The instant at which a zone's wall clock shows the given date and minutes after midnight. */
function zonedInstant(year: number, month: number, day: number, minutes: number, timeZone: string): number {
  const guess = Date.UTC(year, month - 1, day, 0, minutes);
  const first = guess - zoneOffsetMs(guess, timeZone);
  // Re-check once: the offset can differ on the far side of a DST change.
  return guess - zoneOffsetMs(first, timeZone);
}

function minutesOf(hhmm: string): number {
  const [hours, minutes] = hhmm.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

const MAX_DAYS = 3660;

/** Seconds between two instants that fall inside business hours (open days, start–end, in the zone). */
export function businessSecondsBetween(startMs: number, endMs: number, hours: BusinessHours): number {
  if (endMs <= startMs) return 0;
  const open = minutesOf(hours.start);
  const close = minutesOf(hours.end);
  if (close <= open || hours.days.length === 0) return 0;
  const first = wallParts(startMs, hours.timeZone);
  let totalMs = 0;
  for (let offset = 0; offset < MAX_DAYS; offset++) {
    const date = new Date(Date.UTC(first.year, first.month - 1, first.day + offset));
    const [year, month, day] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
    const opensAt = zonedInstant(year, month, day, open, hours.timeZone);
    if (opensAt >= endMs) break;
    if (!hours.days.includes(date.getUTCDay())) continue;
    const closesAt = zonedInstant(year, month, day, close, hours.timeZone);
    totalMs += Math.max(0, Math.min(endMs, closesAt) - Math.max(startMs, opensAt));
  }
  return Math.round(totalMs / 1000);
}
