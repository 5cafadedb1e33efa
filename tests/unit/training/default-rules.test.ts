import { describe, expect, it } from 'vitest';
import { PRACTICE_SET } from '@/lib/shared/training/practice-set';
import { DEFAULT_RULES, defaultRules } from '@/lib/shared/training/rules';

describe('the default rules per category', () => {
  it('add the tu/Lei register right after the language for an Italian comment', () => {
    expect(defaultRules('praise', 'en')).toEqual(['praise-thanks', 'language']);
    expect(defaultRules('praise', 'it')).toEqual(['praise-thanks', 'language', 'register']);
    expect(defaultRules('troll', 'it')).toEqual(['ignore-troll']);
  });

  it('are where almost every scenario starts from (it-11 asks for no personal data instead of nothing vague; it-15 uses no tu/Lei)', () => {
    const exceptions = PRACTICE_SET.filter((scenario) => {
      const base = defaultRules(scenario.category, scenario.language);
      return scenario.mustDo.slice(0, base.length).join() !== base.join();
    }).map((scenario) => scenario.id);
    expect(exceptions).toEqual(['it-11', 'it-15']);
    expect(Object.keys(DEFAULT_RULES).sort()).toEqual(['complaint', 'other', 'praise', 'question', 'spam', 'troll']);
  });
});
