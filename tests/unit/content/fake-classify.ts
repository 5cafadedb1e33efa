import type { Classification } from '@/lib/shared/classify/types';
import type { SocialItem } from '@/lib/shared/model/social-item';
import { CATEGORIES } from '@/lib/shared/model/categories';

/** Tiny stand-in for lib/classify: keyword rules, enough to check the runtime wiring. */
export function fakeClassify(item: SocialItem): Classification {
  const t = item.text.toLowerCase();
  const category = /ladri|🤡|bankrupt/.test(t)
    ? 'troll'
    : /guadagna|crypto/.test(t)
      ? 'spam'
      : /addebitato|charged|hackerato|vetro|sick|niente|mai arrivato/.test(t)
        ? 'complaint'
        : /\?/.test(t)
          ? 'question'
          : /grazie|great|top/.test(t)
            ? 'praise'
            : 'other';
  const urgent = /due volte|twice|hackerato|vetro|food poisoning/.test(t);
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, c === category ? 1 : 0])) as Classification['scores'];
  return {
    category,
    scores,
    confidence: 0.9,
    sentiment: 0,
    sentimentLabel: 'neutral',
    sarcasm: false,
    troll: category === 'troll',
    language: 'it',
    topics: [],
    reasons: [],
    urgent: { flag: urgent, topics: urgent ? ['billing'] : [], matched: [], score: urgent ? 0.9 : 0 },
  };
}
