import { describe, expect, it } from 'vitest';
import { attemptOf, practiceAttemptSchema, type PracticeAttempt } from '@/lib/shared/training/attempt';
import { scenarioById } from '@/lib/shared/training/practice-set';
import { practiceProgress } from '@/lib/shared/training/progress';
import { practiceAttemptsCsv, practiceReportMarkdown } from '@/lib/shared/training/report';
import { scorePractice, type PracticeAnswer } from '@/lib/shared/training/score';

function attempt(id: string, answer: PracticeAnswer, day: string, n: number): PracticeAttempt {
  const scenario = scenarioById(id)!;
  const at = Date.parse(`${day}T10:00:00Z`) + n * 60_000;
  return attemptOf(scenario, answer, scorePractice(scenario, answer), at, day, `a${n}`);
}

const jessBad: PracticeAnswer = { category: 'question', action: 'reply', reply: 'Send us your order number 😊' };
const jessGood: PracticeAnswer = {
  category: 'complaint',
  action: 'reply',
  reply: scenarioById('en-01')!.exampleReply,
};
const attempts = [
  attempt('en-01', jessBad, '2026-12-01', 1),
  attempt('it-18', { category: 'troll', action: 'reply', reply: 'Ma dai, che dici?' }, '2026-12-01', 2),
  attempt('en-01', jessGood, '2026-12-03', 3),
  attempt('it-18', { category: 'troll', action: 'ignore', reply: '' }, '2026-12-03', 4),
];

describe('practice progress and the mentor report', () => {
  it('stored attempts fit the schema and keep no reply when the trainee did not reply', () => {
    for (const a of attempts) expect(practiceAttemptSchema.parse(a)).toEqual(a);
    expect(attempts[3]!.reply).toBe('');
  });

  it('counts category accuracy, right moves and pass rate per rule per day', () => {
    const progress = practiceProgress(attempts);
    expect(progress).toMatchObject({ attempts: 4, scenarios: 2, categoryCorrect: 3, actionCorrect: 3, perfect: 2 });
    expect(progress.days).toEqual(['2026-12-01', '2026-12-03']);
    const empathy = progress.rules.find((r) => r.rule === 'empathy')!;
    expect(empathy).toMatchObject({ attempts: 2, passed: 1 });
    expect(empathy.byDay).toEqual([
      { day: '2026-12-01', attempts: 1, passed: 0 },
      { day: '2026-12-03', attempts: 1, passed: 1 },
    ]);
    const troll = progress.rules.find((r) => r.rule === 'ignore-troll')!;
    expect(troll).toMatchObject({ attempts: 2, passed: 1 });
    // The rules failed most come first.
    expect(progress.rules[0]!.attempts - progress.rules[0]!.passed).toBeGreaterThan(0);
    expect(practiceProgress(attempts, 1).days).toEqual(['2026-12-03']);
  });

  it('the Markdown report names each rule, its rate over time and every attempt, in the UI language', () => {
    const en = practiceReportMarkdown(attempts, 'en', Date.parse('2026-12-07T18:00:00Z'));
    expect(en).toContain('# CareSide practice report');
    expect(en).toContain('| Apologise, empathy first | 50% (1/2) | 0/1 | 1/1 |');
    expect(en).toContain('- Category right: 75%');
    expect(en).toContain('Category: you said question, it is complaint.');
    expect(en).toContain('> Send us your order number 😊');
    const it = practiceReportMarkdown(attempts, 'it', Date.parse('2026-12-07T18:00:00Z'));
    expect(it).toContain('# Report di allenamento CareSide');
    expect(it).toContain('| Non alimentare il troll | 50% (1/2) | 0/1 | 1/1 |');
  });

  it('the CSV has one row per attempt with passed and failed rule ids', () => {
    const lines = practiceAttemptsCsv(attempts).replace('\uFEFF', '').trim().split('\r\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toBe(
      'at,scenarioId,language,platform,expectedCategory,chosenCategory,expectedAction,action,passedRules,failedRules,reply',
    );
    expect(lines[4]).toBe('2026-12-03T10:04:00.000Z,it-18,it,facebook,troll,troll,ignore,ignore,ignore-troll,,');
    expect(lines[1]).toContain('empathy');
  });
});
