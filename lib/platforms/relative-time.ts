/**
 * Facebook shows comment times as short localised relative strings ("2 h", "3 g", "1 w", "Adesso").
 * This turns them into an approximate epoch-ms timestamp. Unknown strings return null so the
 * caller can fall back to "now, approximate" instead of guessing.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
const YEAR = 365 * DAY;
const SECOND = 1000;

/** Unit tokens seen on Facebook in EN, IT, DE, FR, ES, PT, VI (lower-case, without trailing dot). */
const UNIT_MS: Record<string, number> = {
  s: SECOND,
  sec: SECOND,
  secs: SECOND,
  second: SECOND,
  seconds: SECOND,
  secondi: SECOND,
  sek: SECOND,
  giây: SECOND,
  m: MINUTE,
  min: MINUTE,
  mins: MINUTE,
  minute: MINUTE,
  minutes: MINUTE,
  minuto: MINUTE,
  minuti: MINUTE,
  minuten: MINUTE,
  phút: MINUTE,
  mn: MINUTE,
  h: HOUR,
  hr: HOUR,
  hrs: HOUR,
  hour: HOUR,
  hours: HOUR,
  ora: HOUR,
  ore: HOUR,
  std: HOUR,
  stunde: HOUR,
  stunden: HOUR,
  giờ: HOUR,
  heure: HOUR,
  heures: HOUR,
  d: DAY,
  day: DAY,
  days: DAY,
  g: DAY,
  gg: DAY,
  giorno: DAY,
  giorni: DAY,
  t: DAY,
  tag: DAY,
  tage: DAY,
  ngày: DAY,
  j: DAY,
  jour: DAY,
  jours: DAY,
  día: DAY,
  días: DAY,
  dia: DAY,
  dias: DAY,
  w: WEEK,
  wk: WEEK,
  wks: WEEK,
  week: WEEK,
  weeks: WEEK,
  sett: WEEK,
  settimana: WEEK,
  settimane: WEEK,
  wo: WEEK,
  woche: WEEK,
  wochen: WEEK,
  tuần: WEEK,
  sem: WEEK,
  semana: WEEK,
  semanas: WEEK,
  y: YEAR,
  yr: YEAR,
  yrs: YEAR,
  year: YEAR,
  years: YEAR,
  a: YEAR,
  anno: YEAR,
  anni: YEAR,
  jahr: YEAR,
  jahre: YEAR,
  năm: YEAR,
  an: YEAR,
  ans: YEAR,
  año: YEAR,
  años: YEAR,
};

/** Phrases that mean "a moment ago". */
const JUST_NOW = new Set([
  'just now',
  'now',
  'adesso',
  'ora',
  'proprio ora',
  'gerade eben',
  'jetzt',
  'vừa xong',
  "à l'instant",
  'ahora',
  'agora',
]);
const YESTERDAY = new Set(['yesterday', 'ieri', 'gestern', 'hôm qua', 'hier', 'ayer', 'ontem']);

export interface ParsedRelativeTime {
  createdAt: number;
  approximate: true;
}

export function parseRelativeTime(label: string, now: number): ParsedRelativeTime | null {
  const text = label.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!text) return null;
  if (JUST_NOW.has(text)) return { createdAt: now, approximate: true };
  if (YESTERDAY.has(text)) return { createdAt: now - DAY, approximate: true };
  const match = text.match(/^(\d+)\s*([^\d\s.]+)\.?(?:\s+(?:ago|fa|her))?$/u);
  if (!match) return null;
  const unit = UNIT_MS[match[2]];
  if (unit === undefined) return null;
  return { createdAt: now - Number(match[1]) * unit, approximate: true };
}
