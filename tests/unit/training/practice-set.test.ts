import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '@/lib/shared/model/categories';
import { DEFAULT_CRITICAL_TOPICS } from '@/lib/shared/classify/critical-topics';
import { PRACTICE_SET } from '@/lib/shared/training/practice-set';
import { scenarioSchema, URGENT_TOPIC_IDS } from '@/lib/shared/training/schema';
import { scorePractice } from '@/lib/shared/training/score';

describe('the practice set', () => {
  it('every scenario fits the schema and ids are unique', () => {
    for (const scenario of PRACTICE_SET) expect(scenarioSchema.safeParse(scenario).error?.issues ?? []).toEqual([]);
    expect(new Set(PRACTICE_SET.map((s) => s.id)).size).toBe(PRACTICE_SET.length);
    expect(new Set(PRACTICE_SET.map((s) => s.text)).size).toBe(PRACTICE_SET.length);
  });

  it('has at least 48 scenarios, half Italian and half English, on both platforms', () => {
    expect(PRACTICE_SET.length).toBeGreaterThanOrEqual(48);
    const italian = PRACTICE_SET.filter((s) => s.language === 'it').length;
    expect(italian * 2).toBe(PRACTICE_SET.length);
    for (const language of ['it', 'en'] as const)
      for (const platform of ['x', 'facebook'] as const)
        expect(PRACTICE_SET.filter((s) => s.language === language && s.platform === platform).length).toBeGreaterThan(
          4,
        );
  });

  it('covers all six kinds in both languages, with trolls to ignore and spam to report', () => {
    for (const language of ['it', 'en'] as const)
      for (const category of CATEGORIES)
        expect(
          PRACTICE_SET.some((s) => s.language === language && s.category === category),
          `${language} ${category}`,
        ).toBe(true);
    expect(PRACTICE_SET.filter((s) => s.category === 'troll').length).toBeGreaterThanOrEqual(6);
  });

  it('covers every built-in urgent topic, and its ids are the settings’ critical topics', () => {
    expect([...URGENT_TOPIC_IDS].sort()).toEqual(DEFAULT_CRITICAL_TOPICS.map((t) => t.id).sort());
    const used = new Set(PRACTICE_SET.flatMap((s) => s.urgent));
    expect([...used].sort()).toEqual([...URGENT_TOPIC_IDS].sort());
  });

  it('matches tu/Lei in Italian and casual/formal in English, with both of each present', () => {
    const registers = new Set(PRACTICE_SET.filter((s) => s.expect === 'reply').map((s) => s.register));
    expect([...registers].sort()).toEqual(['casual', 'formal', 'lei', 'tu']);
  });

  it.each(PRACTICE_SET.map((s) => [s.id, s] as const))(
    '%s: the expected answer passes every rule the coach scores',
    (_, scenario) => {
      const score = scorePractice(scenario, {
        category: scenario.category,
        action: scenario.expect,
        reply: scenario.exampleReply,
      });
      expect(score.categoryCorrect && score.actionCorrect).toBe(true);
      expect(score.rules.filter((r) => !r.passed).map((r) => `${r.rule}: ${r.message.en}`)).toEqual([]);
      // Every rule of the scenario is scored, in its order.
      expect(score.rules.slice(0, scenario.mustDo.length).map((r) => r.rule)).toEqual(scenario.mustDo);
    },
  );
});
