import { z } from 'zod';
import { URGENT_TOPIC_IDS } from '../classify/linear-model';
import { CATEGORIES, TOPICS } from '../model/categories';
import { platformSchema } from '../model/social-item';
import { PRACTICE_RULE_IDS, type PracticeRuleId } from './rules';

/** What the trainee decides to do with a comment: answer it, leave it alone, or hide/report it. */
export const PRACTICE_ACTIONS = ['reply', 'ignore', 'report'] as const;
export type PracticeAction = (typeof PRACTICE_ACTIONS)[number];

/** The built-in critical topics (the ids of DEFAULT_CRITICAL_TOPICS, as the classifier's urgency head knows them). */
export { URGENT_TOPIC_IDS };

/** One practice comment: what the customer wrote, where, and what a good answer is. Made up: no real customer. */
export const scenarioSchema = z
  .object({
    id: z.string().regex(/^(it|en)-\d{2}$/),
    language: z.enum(['it', 'en']),
    platform: platformSchema,
    kind: z.enum(['comment', 'reply', 'mention']),
    authorName: z.string().min(1).max(80),
    /** X handle without "@", or a Facebook profile slug. */
    authorHandle: z.string().min(1).max(80),
    /** How old the comment looks on the card. */
    minutesAgo: z.number().int().min(0).max(10_000),
    text: z.string().min(8).max(1000),
    category: z.enum(CATEGORIES),
    urgent: z.array(z.enum(URGENT_TOPIC_IDS)),
    /** What it is about, as the classifier tags it (ranks the suggested templates). */
    topics: z.array(z.enum(TOPICS)).optional(),
    /** The register to mirror: tu/Lei in Italian, casual/formal in English. */
    register: z.enum(['tu', 'lei', 'casual', 'formal']),
    expect: z.enum(PRACTICE_ACTIONS),
    /** The rules a good answer follows, scored one by one. */
    mustDo: z.array(z.enum(PRACTICE_RULE_IDS as [PracticeRuleId, ...PracticeRuleId[]])).min(1),
    /** A good reply; empty when the right answer is not to reply. */
    exampleReply: z.string().max(1000),
  })
  .superRefine((s, ctx) => {
    const problem = (message: string) => ctx.addIssue({ code: 'custom', message: `${s.id}: ${message}` });
    if ((s.expect === 'reply') !== s.exampleReply.trim().length > 0)
      problem('an example reply exactly when a reply is expected');
    if (!s.id.startsWith(s.language)) problem('the id starts with the language');
    if ((s.language === 'it') !== (s.register === 'tu' || s.register === 'lei')) problem('tu/Lei only in Italian');
    if (s.category === 'troll' && (s.expect !== 'ignore' || !s.mustDo.includes('ignore-troll')))
      problem('a troll is ignored');
    if (s.category === 'spam' && (s.expect !== 'report' || !s.mustDo.includes('report-spam')))
      problem('spam is hidden or reported');
    if (s.expect === 'reply' && !s.mustDo.includes('uses-name') && !s.mustDo.includes('praise-thanks'))
      problem('every reply greets the customer by name');
  });

export type Scenario = z.input<typeof scenarioSchema>;
