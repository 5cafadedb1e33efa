import { coachDraft, type CoachInput, type Finding } from '../coach';
import { GUIDELINES } from '../coach/guidelines';
import { PRIVATE_CHANNEL } from '../coach/lexicon-care';
import { WHEN_BACK } from '../coach/lexicon-transparency';
import type { Category } from '../model/categories';
import { COACH_RULES, NOT_DONE, RULE_TEXT, type PracticeRuleId } from './rules';
import type { PracticeAction, Scenario } from './schema';

export interface PracticeAnswer {
  category: Category;
  action: PracticeAction;
  reply: string;
}

export interface RuleResult {
  /** A practice rule id, or the id of another coach finding the reply broke. */
  rule: string;
  passed: boolean;
  message: { en: string; it: string };
  /** The coach's citation of care-guidelines.md (English; citationIn() gives the Italian). */
  guideline: string;
}

export interface PracticeScore {
  scenarioId: string;
  categoryCorrect: boolean;
  actionCorrect: boolean;
  rules: RuleResult[];
}

const SENTIMENT: Record<Category, number> = {
  complaint: -0.6,
  troll: -0.5,
  praise: 0.7,
  question: 0,
  spam: 0,
  other: 0,
};

/** The coach's input for a practice reply: the scenario stands for the item and its (true) classification. */
export function coachInputFor(scenario: Scenario, answer: Pick<PracticeAnswer, 'action' | 'reply'>): CoachInput {
  return {
    draft: answer.action === 'reply' ? answer.reply : '',
    platform: scenario.platform,
    action: answer.action === 'report' ? 'hide' : 'reply',
    item: {
      platform: scenario.platform,
      authorName: scenario.authorName,
      authorHandle: scenario.authorHandle,
      text: scenario.text,
      isReply: scenario.kind === 'reply',
      kind: scenario.kind,
    },
    classification: {
      category: scenario.category,
      language: scenario.language,
      register: scenario.register === 'tu' || scenario.register === 'lei' ? scenario.register : undefined,
      topics: scenario.topics ?? [],
      sentiment: SENTIMENT[scenario.category],
    },
  };
}

const fails = (f: Finding | undefined) => f?.severity === 'error' || f?.severity === 'warning';

/** Whether a rule is met, and the coach finding that says why (when the coach has one). */
function judge(rule: PracticeRuleId, answer: PracticeAnswer, findings: Finding[]): [boolean, Finding | undefined] {
  const lower = answer.reply.toLowerCase();
  const byId = (id: string) => findings.find((f) => f.id === id);
  const replied = answer.action === 'reply';
  switch (rule) {
    case 'ignore-troll':
      return [answer.action === 'ignore', byId('never-hide-negative') ?? byId('troll')];
    case 'report-spam':
      return [answer.action === 'report', byId('never-hide-negative') ?? byId('spam')];
    // Only "is there a time?": a promise word is the coach's own "promises" rule, not this one's to fail twice.
    case 'realistic-time':
      return [replied && WHEN_BACK.test(lower), undefined];
    case 'private-channel': {
      const leak = byId('personal-data');
      return [replied && PRIVATE_CHANNEL.test(lower) && !fails(leak), fails(leak) ? leak : undefined];
    }
    default: {
      const finding = byId(rule);
      const passed = COACH_RULES[rule] === 'must' ? finding?.severity === 'ok' : replied && !fails(finding);
      return [passed, finding];
    }
  }
}

/** Coach findings the practice rules already speak for. */
const COVERED: Partial<Record<PracticeRuleId, string[]>> = {
  'ignore-troll': ['troll', 'never-hide-negative'],
  'report-spam': ['spam', 'never-hide-negative'],
  'private-channel': ['personal-data'],
};

/**
 * Scores a practice answer rule by rule with the coach: first the scenario's rules (in its order), then
 * any other rule the coach says the reply broke or kept. A reply to a comment that needed none, or no
 * reply to one that did, fails the scenario's rules.
 */
export function scorePractice(scenario: Scenario, answer: PracticeAnswer): PracticeScore {
  const findings = coachDraft(coachInputFor(scenario, answer));
  const expectedReplyMissing = scenario.expect === 'reply' && answer.action !== 'reply';
  const rules: RuleResult[] = scenario.mustDo.map((rule) => {
    const [passed, finding] = expectedReplyMissing ? [false, undefined] : judge(rule, answer, findings);
    const useFinding = finding && (passed ? finding.severity === 'ok' || finding.severity === 'info' : fails(finding));
    return {
      rule,
      passed,
      message: useFinding ? finding.message : NOT_DONE[rule],
      guideline: useFinding ? finding.guideline : GUIDELINES[RULE_TEXT[rule].guideline],
    };
  });
  const covered = new Set(scenario.mustDo.flatMap((rule) => [rule, ...(COVERED[rule] ?? [])]));
  for (const finding of findings) {
    if (covered.has(finding.id) || finding.severity === 'info') continue;
    covered.add(finding.id);
    rules.push({
      rule: finding.id,
      passed: finding.severity === 'ok',
      message: finding.message,
      guideline: finding.guideline,
    });
  }
  return {
    scenarioId: scenario.id,
    categoryCorrect: answer.category === scenario.category,
    actionCorrect: answer.action === scenario.expect,
    rules,
  };
}

export const passedAll = (score: PracticeScore) =>
  score.categoryCorrect && score.actionCorrect && score.rules.every((r) => r.passed);
