import { describe, expect, it } from 'vitest';
import { coachDraft } from '@/lib/shared/coach';
import { defaultTemplates } from '@/lib/shared/templates/defaults';
import { renderTemplate } from '@/lib/shared/templates/render';
import { isBrandFact } from '@/lib/shared/templates/brand-facts';

// As a brand that set its facts in Settings would render them (brand-facts.ts).
const vars = {
  name: 'Maria',
  first_name: 'Maria',
  brand: 'Acme',
  agent: '^Giulia',
  department: 'billing',
  opening_hours: 'Mon-Sat 9:00-19:30',
  shipping_times: '2-4 working days',
  shipping_abroad: 'EU in 3-6 working days',
  order_cutoff: '13:00',
  return_window: '30 days',
  refund_time: '5-10 working days',
  follow_up_time: 'by tomorrow',
};

const FACTS = Object.entries(vars)
  .filter(([name]) => isBrandFact(name))
  .map(([, value]) => value);

describe('the default library follows its own coach', () => {
  const replies = defaultTemplates().filter((t) => t.action === 'reply');
  for (const template of replies) {
    for (const variant of template.variants) {
      it(`${template.id} ${variant.language}/${variant.register ?? ''}`, () => {
        const draft = renderTemplate(variant.body, vars).text;
        const findings = coachDraft({
          draft,
          platform: 'x',
          item: {
            platform: 'x',
            authorName: 'Maria Rossi',
            authorHandle: 'mrossi',
            text: '',
            isReply: false,
            kind: 'mention',
          },
          classification: {
            category: template.category,
            language: variant.language,
            register: variant.register,
            topics: template.topics,
            sentiment: 0,
          },
          // The template's own text, with the brand's facts: a time or amount it states on its own is flagged.
          origin: { templateText: draft, facts: FACTS },
        });
        const problems = findings
          .filter((f) => f.severity === 'error' || f.severity === 'warning')
          .filter((f) => f.id !== 'placeholders');
        expect(problems.map((f) => `${f.id}: ${f.message.en}`)).toEqual([]);
      });
    }
  }
});
