import type { PracticeAttempt } from './attempt';

export interface RuleProgress {
  rule: string;
  attempts: number;
  passed: number;
  /** Pass rate per practice day (only the days on which the rule was scored), oldest first. */
  byDay: { day: string; attempts: number; passed: number }[];
}

export interface PracticeProgress {
  attempts: number;
  scenarios: number;
  categoryCorrect: number;
  actionCorrect: number;
  /** Answers with the right category, the right action and every rule passed. */
  perfect: number;
  /** The practice days shown as columns, oldest first (the last `days`). */
  days: string[];
  rules: RuleProgress[];
}

/** Progress per rule over time, from the stored attempts. Rules with the most failures come first. */
export function practiceProgress(attempts: readonly PracticeAttempt[], days = 5): PracticeProgress {
  const shownDays = [...new Set(attempts.map((a) => a.day))].sort().slice(-days);
  const rules = new Map<string, RuleProgress>();
  for (const attempt of attempts) {
    for (const { rule, passed } of attempt.rules) {
      let entry = rules.get(rule);
      if (!entry) rules.set(rule, (entry = { rule, attempts: 0, passed: 0, byDay: [] }));
      entry.attempts += 1;
      if (passed) entry.passed += 1;
      let day = entry.byDay.find((d) => d.day === attempt.day);
      if (!day) entry.byDay.push((day = { day: attempt.day, attempts: 0, passed: 0 }));
      day.attempts += 1;
      if (passed) day.passed += 1;
    }
  }
  for (const entry of rules.values()) entry.byDay.sort((a, b) => a.day.localeCompare(b.day));
  const isPerfect = (a: PracticeAttempt) =>
    a.chosenCategory === a.expectedCategory && a.action === a.expectedAction && a.rules.every((r) => r.passed);
  return {
    attempts: attempts.length,
    scenarios: new Set(attempts.map((a) => a.scenarioId)).size,
    categoryCorrect: attempts.filter((a) => a.chosenCategory === a.expectedCategory).length,
    actionCorrect: attempts.filter((a) => a.action === a.expectedAction).length,
    perfect: attempts.filter(isPerfect).length,
    days: shownDays,
    rules: [...rules.values()].sort(
      (a, b) => b.attempts - b.passed - (a.attempts - a.passed) || a.rule.localeCompare(b.rule),
    ),
  };
}

/** A whole-number percentage, or undefined when there is nothing to divide. */
export function percent(part: number, whole: number): number | undefined {
  return whole > 0 ? Math.round((part / whole) * 100) : undefined;
}
