import { describe, expect, it } from 'vitest';
import { classify } from '@/lib/shared/classify';
import { HEAD, URGENT_TOPIC_IDS } from '@/lib/shared/classify/linear-model';
import { URGENT_MIN } from '@/lib/shared/classify/urgency-decision';
import { withBiasOnlyModel } from './bias-only-model';

const ln = Math.log;
/** Urgency logits with P(not urgent) = 1 - p and the rest on one topic. */
function urgencyWith(p: number, topic: (typeof URGENT_TOPIC_IDS)[number]): number[] {
  const logits = [ln(1 - p), ...URGENT_TOPIC_IDS.map(() => -20)];
  logits[URGENT_TOPIC_IDS.indexOf(topic) + 1] = ln(p);
  return logits;
}

describe('honest confidence', () => {
  it('a close runner-up is published next to the winner', () => {
    withBiasOnlyModel({ category: { complaint: ln(0.46), question: ln(0.44), other: ln(0.1) } }, () => {
      const c = classify('il mio ordine di ieri');
      expect(c.category).toBe('complaint');
      expect(c.alternative).toEqual({ category: 'question', score: expect.closeTo(0.44, 2) });
      expect(c.confidence).toBeCloseTo(0.46, 2);
    });
  });

  it('a clear winner has no alternative', () => {
    withBiasOnlyModel({ category: { complaint: ln(0.8), question: ln(0.15), other: ln(0.05) } }, () => {
      expect(classify('il mio ordine di ieri').alternative).toBeUndefined();
    });
  });
});

describe('sentiment and sarcasm', () => {
  it('publishes the tone as a label and a score', () => {
    withBiasOnlyModel({ category: { praise: ln(0.9), other: ln(0.1) }, sentiment: [ln(0.1), ln(0.2), ln(0.7)] }, () => {
      const c = classify('bel servizio');
      expect(c.sentimentLabel).toBe('positive');
      expect(c.sentiment).toBeCloseTo(0.6, 2);
      expect(c.sarcasm).toBe(false);
    });
  });

  it('praise words in a negative tone with an irony marker: possible sarcasm, not thanked', () => {
    const model = {
      category: { praise: ln(0.6), complaint: ln(0.3), other: ln(0.1) },
      sentiment: [ln(0.7), ln(0.2), ln(0.1)] as [number, number, number],
    };
    withBiasOnlyModel(model, () => {
      const ironic = classify('grazie tante, terza volta che il tecnico non si presenta 🙄');
      expect(ironic.sarcasm).toBe(true);
      expect(ironic.category).toBe('complaint');
      expect(ironic.alternative?.category).toBe('praise');
      expect(ironic.reasons.map((r) => r.target)).toContain('sarcasm');
      // The same tone without an irony marker is not called sarcasm.
      expect(classify('il tecnico è passato oggi').sarcasm).toBe(false);
    });
  });
});

describe('urgency: the learned head decides, phrases feed it, the user\u2019s own words always count', () => {
  it('the head alone flags its topic from URGENT_MIN, quoting words from the text', () => {
    withBiasOnlyModel(
      { category: { complaint: ln(0.9), other: ln(0.1) }, urgency: urgencyWith(URGENT_MIN + 0.05, 'outage') },
      () => {
        const c = classify('zona nord ancora ferma da ieri sera');
        expect(c.urgent.flag).toBe(true);
        expect(c.urgent.topics).toEqual(['outage']);
        expect(c.urgent.score).toBeCloseTo(URGENT_MIN + 0.05, 2);
      },
    );
    withBiasOnlyModel(
      { category: { complaint: ln(0.9), other: ln(0.1) }, urgency: urgencyWith(URGENT_MIN - 0.1, 'outage') },
      () => expect(classify('zona nord ancora ferma da ieri sera').urgent.flag).toBe(false),
    );
  });

  it('when no phrase matched, the words that pushed the head are quoted, and the reason says so', () => {
    const outage = HEAD.urgency.offset + 1 + URGENT_TOPIC_IDS.indexOf('outage');
    withBiasOnlyModel(
      {
        category: { complaint: ln(0.9), other: ln(0.1) },
        urgency: urgencyWith(0.3, 'outage'),
        words: [{ word: 'buio', output: outage, value: 127 }],
      },
      () => {
        const c = classify('tutto il quartiere al buio da ieri sera');
        expect(c.urgent.flag).toBe(true);
        expect(c.urgent.topics).toEqual(['outage']);
        expect(c.urgent.matched).toEqual(['buio']);
        expect(c.reasons[0].text).toMatch(
          /^reads like urgent messages about outage \(\d+%\), mostly because of "buio"/,
        );
        // Without the word, the head stays below URGENT_MIN: nothing is flagged.
        expect(classify('tutto il quartiere da ieri sera').urgent.flag).toBe(false);
      },
    );
  });

  it('a default phrase counts unless the head is nearly sure it is not urgent', () => {
    const text = 'mi avete addebitato due volte la bolletta';
    withBiasOnlyModel(
      { category: { complaint: ln(0.9), other: ln(0.1) }, urgency: urgencyWith(0.1, 'double_charge') },
      () => {
        const c = classify(text);
        expect(c.urgent.flag).toBe(true);
        expect(c.urgent.matched.join(' ')).toMatch(/addebitat/);
      },
    );
    withBiasOnlyModel(
      { category: { complaint: ln(0.9), other: ln(0.1) }, urgency: urgencyWith(0.01, 'double_charge') },
      () => expect(classify(text).urgent.flag).toBe(false),
    );
  });

  it("the user's own topic or phrase flags whatever the head says", () => {
    withBiasOnlyModel({ category: { complaint: ln(0.9), other: ln(0.1) } }, () => {
      const c = classify('la lavatrice perde acqua dal cestello', {
        criticalTopics: [{ id: 'leak', label: 'Leaks', phrases: ['perde acqua'] }],
      });
      expect(c.urgent.flag).toBe(true);
      expect(c.urgent.topics).toEqual(['leak']);
      expect(c.urgent.matched).toEqual(['perde acqua']);
    });
  });

  it('a topic the user removed is never flagged by the head', () => {
    withBiasOnlyModel({ category: { complaint: ln(0.9), other: ln(0.1) }, urgency: urgencyWith(0.9, 'outage') }, () => {
      const c = classify('tutto il quartiere senza acqua', { criticalTopics: [] });
      expect(c.urgent.flag).toBe(false);
    });
  });
});

describe("the user's copy of the default topics", () => {
  it('classifies exactly like the defaults, and an edited copy uses its own phrases', async () => {
    const { DEFAULT_CRITICAL_TOPICS } = await import('@/lib/shared/classify/critical-topics');
    const copy = structuredClone(DEFAULT_CRITICAL_TOPICS);
    const text = 'Mi avete addebitato due volte la bolletta, vergogna';
    expect(JSON.stringify(classify(text, { criticalTopics: copy }))).toBe(JSON.stringify(classify(text)));
    const edited = copy.map((t) => (t.id === 'outage' ? { ...t, phrases: [...t.phrases, 'zona nord ferma'] } : t));
    expect(classify('zona nord ferma da ieri', { criticalTopics: edited }).urgent.matched).toContain('zona nord ferma');
  });
});

describe('reasons', () => {
  it('never quote an empty word (emoji cues are named, not quoted blank)', () => {
    for (const text of [
      'grazie tante 🙄🙄 terza volta',
      'worst service ever 😡👎',
      'ottimo 😍🔥',
      'Ho pagato due volte!!',
    ]) {
      const reasons = classify(text).reasons;
      expect(reasons.length).toBeGreaterThan(0);
      for (const r of reasons) expect(`${r.text} ${r.textIt}`).not.toContain('""');
    }
  });

  it('an Italian "ho" is not an English insult', () => {
    const reasons = classify("Ho pagato due volte l'ordine, nessuno risponde").reasons.map((r) => r.text);
    expect(reasons.join(' ')).not.toMatch(/insult/);
  });
});
