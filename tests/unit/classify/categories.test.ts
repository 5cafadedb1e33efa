import { describe, expect, it } from 'vitest';
import { withBiasOnlyModel } from './bias-only-model';
import { classify } from '@/lib/shared/classify';
import type { Category } from '@/lib/shared/model/categories';

/** Clear cases per category in both languages (the trained model must get these right). */
const CASES: [Category, string][] = [
  ['complaint', 'Ordine fatto due settimane fa e ancora niente, nessuno risponde in chat'],
  ['complaint', 'Been waiting 3 weeks for my parcel and nobody answers the phone'],
  ['praise', 'Grazie mille, servizio impeccabile e consegna velocissima!'],
  ['praise', 'Amazing service, thank you so much for the quick help!'],
  ['question', 'Buongiorno, a che ora apre il negozio la domenica?'],
  ['question', 'Do you ship to Canada and how much does it cost?'],
  ['troll', 'Buffoni, andate a zappare ahahah'],
  ['troll', 'lol you are all clowns, nobody cares'],
  ['spam', 'Guadagna 500€ al giorno con il trading, scrivimi su WhatsApp'],
  ['spam', 'Make $500 a day from home with crypto, DM me now'],
  ['other', 'Buon Natale a tutti 🎄'],
  ['other', '@Mike tagging you so you see it'],
];

describe('category: clear cases in Italian and English', () => {
  it.each(CASES)('%s: %s', (category, text) => {
    const c = classify(text);
    expect(c.category).toBe(category);
    expect(c.scores[category]).toBe(Math.max(...Object.values(c.scores)));
  });
});

describe('category: the hard cases from the issue', () => {
  it('sarcastic complaint', () => {
    expect(classify('Ottimo, pagato la consegna rapida e arriva dopo una settimana').category).toBe('complaint');
    expect(classify('Complimenti davvero, terza volta che mi arriva il prodotto sbagliato').category).toBe('complaint');
    expect(classify('Paid for next day delivery and it arrived after a week. Great service 🙄').category).toBe(
      'complaint',
    );
  });

  it('complaint phrased as a question', () => {
    expect(classify("Ma è normale che l'app si chiuda ogni volta?").category).toBe('complaint');
    expect(classify('Is it normal that the app logs me out every single time?').category).toBe('complaint');
  });

  it('angry but legitimate customer vs troll', () => {
    const angry = classify('Siete degli incompetenti, è il terzo pacco che arriva rotto e nessuno mi rimborsa!!');
    expect(angry.category).toBe('complaint');
    expect(angry.troll).toBe(false);
    const troll = classify('Siete degli incompetenti, fallirete presto ahahah 🤡');
    expect(troll.category).toBe('troll');
    expect(troll.troll).toBe(true);
  });

  it('an angry customer with a critical issue is never a troll', () => {
    const c = classify('Idioti, mi avete addebitato due volte la bolletta!!!');
    expect(c.troll).toBe(false);
    expect(c.urgent.flag).toBe(true);
  });

  it('praise with a complaint inside still surfaces the problem', () => {
    const c = classify('Adoro i vostri prodotti ma il pacco è arrivato rotto e nessuno risponde');
    expect(c.scores.complaint).toBeGreaterThan(0.2);
    expect(c.topics).toContain('delivery');
  });

  it('spam that looks like a question', () => {
    expect(classify('Vuoi sapere come ho guadagnato 3000 euro in una settimana? Scrivimi su WhatsApp').category).toBe(
      'spam',
    );
    expect(classify('Want to know how I made $3000 in a week? Message me on Telegram').category).toBe('spam');
  });
});

describe('scores, sentiment and explanations', () => {
  it('scores sum to 1 and confidence is the top score', () => {
    const c = classify('Il corriere ha lasciato il pacco sotto la pioggia');
    const sum = Object.values(c.scores).reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(1, 2);
    expect(c.confidence).toBeCloseTo(c.scores[c.category], 2);
  });

  it('sentiment is in [-1, 1] with the expected sign', () => {
    expect(classify('Servizio pessimo, una vergogna').sentiment).toBeLessThan(-0.2);
    expect(classify('Fantastico, grazie di cuore!').sentiment).toBeGreaterThan(0.2);
  });

  it('reasons are short sentences with a target and a weight, strongest first', () => {
    const c = classify('Guadagna subito con le crypto, chiama il 333 123 4567');
    expect(c.reasons.length).toBeGreaterThan(0);
    for (const r of c.reasons) {
      expect(r.text.length).toBeGreaterThan(5);
      expect(typeof r.weight).toBe('number');
      expect(r.textIt).toBeTruthy();
    }
    expect(c.reasons.some((r) => r.text.includes('phone number'))).toBe(true);
  });

  it('topic tags for template ranking', () => {
    expect(classify('La bolletta di marzo è sbagliata').topics).toContain('billing');
    expect(classify('When will the hoodie be back in stock?').topics).toContain('availability');
    expect(classify('Where is my refund?').topics).toContain('refund');
  });
});

describe('serialisation', () => {
  it('reasons survive JSON and structuredClone (messaging between extension contexts)', () => {
    const c = classify('Siete dei buffoni ahahah');
    expect(JSON.parse(JSON.stringify(c)).reasons).toEqual(c.reasons);
    expect(structuredClone(c).reasons.length).toBe(c.reasons.length);
    expect(Object.keys(c)).toContain('reasons');
  });
});

describe('context', () => {
  it('a near-tie between chatter and a customer category goes to the customer when the brand is addressed', () => {
    // A model whose only opinion is its biases: "other" 0.45, "question" 0.40 on every text (a near-tie).
    withBiasOnlyModel(
      { category: { other: Math.log(0.45), question: Math.log(0.4), complaint: Math.log(0.1) } },
      () => {
        const text = 'il pacco di ieri';
        expect(classify(text).category).toBe('other');
        const addressed = classify(text, { mentionsBrand: true });
        expect(addressed.category).toBe('question');
        expect(addressed.scores.question).toBe(Math.max(...Object.values(addressed.scores)));
        // brandNames count only when the text names the brand.
        expect(classify(text, { brandNames: ['TelcoX'] }).category).toBe('other');
        expect(classify('TelcoX il pacco di ieri', { brandNames: ['TelcoX'] }).category).toBe('question');
      },
    );
  });

  it('rule overrides keep the scores consistent with the category', () => {
    for (const text of [
      'the delivery yesterday',
      "Ma è normale che l'app si chiuda ogni volta?",
      'Idioti, mi avete addebitato due volte',
    ]) {
      const c = classify(text);
      expect(c.scores[c.category]).toBe(Math.max(...Object.values(c.scores)));
    }
  });
});
