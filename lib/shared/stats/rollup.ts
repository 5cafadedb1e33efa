import { ROLLUP_REVISION, type DailyRow, type HandledRow, type SeenRow } from './log-rows';
import { changeAuthors, EMPTY_AUTHORS } from './author-list';
import { resolutionSecondsOf } from './resolution';

export function emptyDaily(day: string, platform: DailyRow['platform']): DailyRow {
  return {
    day,
    platform,
    seen: 0,
    seenHandled: 0,
    handled: 0,
    resolved: 0,
    urgent: 0,
    approximate: 0,
    byCategory: {},
    byOutcome: {},
    byDepartment: {},
    byTemplate: {},
    byTopic: {},
    byQuestionTopic: {},
    byLanguage: {},
    responseSeconds: [],
    businessResponseSeconds: [],
    urgentResponseSeconds: [],
    urgentBusinessResponseSeconds: [],
    resolutionSeconds: [],
    bySatisfaction: {},
    authors: EMPTY_AUTHORS,
    revision: ROLLUP_REVISION,
  };
}

/**
 * A stored roll-up with the fields added since it was written (empty), keeping its revision: a row of
 * an older revision stays marked so the stats query rebuilds the roll-ups from the log once.
 */
export function upgradeDaily(row: DailyRow): DailyRow {
  const fresh = emptyDaily(row.day, row.platform);
  return { ...fresh, ...row, revision: row.revision };
}

function count(map: Record<string, number>, key: string | undefined, sign: 1 | -1): void {
  if (!key) return;
  const next = (map[key] ?? 0) + sign;
  if (next > 0) map[key] = next;
  else delete map[key];
}

function push(list: number[], value: number, sign: 1 | -1): void {
  if (sign === 1) {
    list.push(value);
    return;
  }
  const index = list.indexOf(value);
  if (index >= 0) list.splice(index, 1);
}

/** Adds (sign 1) or removes (sign -1) one handled row's contribution to its day's roll-up, in place. */
export function applyHandled(daily: DailyRow, row: HandledRow, sign: 1 | -1): void {
  daily.handled += sign;
  if (row.resolved) daily.resolved += sign;
  if (row.createdAtApproximate) daily.approximate += sign;
  count(daily.byCategory, row.category, sign);
  count(daily.byOutcome, row.outcome, sign);
  if (row.outcome === 'escalated') count(daily.byDepartment, row.department ?? 'unassigned', sign);
  count(daily.byTemplate, row.templateId, sign);
  count(daily.byLanguage, row.language, sign);
  for (const topic of new Set(row.topics)) {
    count(daily.byTopic, topic, sign);
    if (row.category === 'question') count(daily.byQuestionTopic, topic, sign);
  }
  count(daily.bySatisfaction, row.satisfaction, sign);
  daily.authors = changeAuthors(daily.authors, row.authorHandle, sign);
  if (row.resolved) push(daily.resolutionSeconds, resolutionSecondsOf(row), sign);
  push(daily.responseSeconds, row.responseSeconds, sign);
  push(daily.businessResponseSeconds, row.businessResponseSeconds, sign);
  if (row.urgent) {
    daily.urgent += sign;
    push(daily.urgentResponseSeconds, row.responseSeconds, sign);
    push(daily.urgentBusinessResponseSeconds, row.businessResponseSeconds, sign);
  }
}

/** Adds or removes a seen row's contribution (the response-rate denominator and numerator). */
export function applySeen(daily: DailyRow, row: Pick<SeenRow, 'handled'>, sign: 1 | -1): void {
  daily.seen += sign;
  if (row.handled) daily.seenHandled += sign;
}

export function rollupKey(day: string, platform: string): string {
  return `${day}|${platform}`;
}

/** Builds every roll-up from the raw log: used by the v2 migration, imports and "recompute". */
export function buildRollups(handled: Iterable<HandledRow>, seen: Iterable<SeenRow>): DailyRow[] {
  const byKey = new Map<string, DailyRow>();
  const get = (day: string, platform: DailyRow['platform']) => {
    const key = rollupKey(day, platform);
    let daily = byKey.get(key);
    if (!daily) byKey.set(key, (daily = emptyDaily(day, platform)));
    return daily;
  };
  for (const row of handled) applyHandled(get(row.day, row.platform), row, 1);
  for (const row of seen) applySeen(get(row.day, row.platform), row, 1);
  return [...byKey.values()];
}
