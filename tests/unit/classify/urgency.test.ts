import { describe, expect, it } from 'vitest';
import { classify } from '@/lib/classify';
import { DEFAULT_CRITICAL_TOPICS } from '@/lib/classify/critical-topics';
import type { CriticalTopic } from '@/lib/classify/types';

const URGENT: [string, string, string][] = [
  ['double_charge', 'it', "Mi avete addebitato l'abbonamento due volte, rivoglio i soldi"],
  ['double_charge', 'en', 'You charged me twice for the same order'],
  ['refund_refused', 'it', 'Rimborso negato per un volo che avete cancellato voi'],
  ['refund_refused', 'en', 'You refused my refund even though the item was faulty'],
  ['hacked_fraud', 'it', 'Il mio account è stato hackerato, hanno fatto ordini a mio nome'],
  ['hacked_fraud', 'en', 'My account got hacked and someone placed orders'],
  ['safety', 'it', 'Dopo la vostra cena intossicazione alimentare per tutta la famiglia'],
  ['safety', 'en', 'The charger caught fire overnight'],
  ['legal_threat', 'it', 'Se non risolvete vi denuncio e chiamo il mio avvocato'],
  ['legal_threat', 'en', "Fix this or I'll sue you"],
  ['data_exposed', 'it', 'Nella mia area clienti vedo i dati personali di un altro cliente'],
  ['data_exposed', 'en', 'I received an email with another customer s personal data, my data could be anywhere'],
  ['outage', 'it', 'Non funziona niente da ore, app e sito bloccati'],
  ['outage', 'en', 'The app is down again and I cannot pay'],
  ['going_public', 'it', 'Se non mi rispondete lo scrivo ai giornali e a Striscia la notizia'],
  ['going_public', 'en', "I'm going to the press with this"],
];

describe('urgent: every default critical topic in both languages', () => {
  it.each(URGENT)('%s (%s): %s', (topic, _lang, text) => {
    const c = classify(text);
    expect(c.urgent.flag).toBe(true);
    expect(c.urgent.topics).toContain(topic);
    expect(c.urgent.matched.length).toBeGreaterThan(0);
    expect(c.reasons.some((r) => r.target === 'urgent')).toBe(true);
  });
});

describe('urgent: guards against negation and non-issues', () => {
  it.each([
    'Non sono stato hackerato per fortuna, era un errore mio',
    'Thankfully I was not hacked, I just mistyped my password',
    'Cosa succede se mi addebitano due volte? Come funziona il rimborso?',
    'Calm down everyone, it is just an ad',
    'Qual è la sede legale della società? Mi serve per la fattura',
  ])('not urgent: %s', (text) => {
    expect(classify(text).urgent.flag).toBe(false);
  });

  it('an urgent-looking spam comment is spam, not an urgent item', () => {
    const c = classify('Account hackerato? Il mio amico hacker recupera tutto, scrivi su WhatsApp +39 345 678 9012');
    expect(c.category).toBe('spam');
    expect(c.urgent.flag).toBe(false);
  });
});

describe('urgent: topics come from the caller', () => {
  it('uses context.criticalTopics instead of the defaults', () => {
    const custom: CriticalTopic[] = [{ id: 'recall', label: 'Product recall', phrases: ['richiamo', 'recall*'] }];
    expect(classify('Il vostro seggiolino è sotto richiamo?', { criticalTopics: custom }).urgent.topics).toEqual([
      'recall',
    ]);
    expect(classify('Vi denuncio', { criticalTopics: custom }).urgent.flag).toBe(false);
  });

  it('the defaults carry the agreed ids, each with Italian and English phrases', () => {
    expect(DEFAULT_CRITICAL_TOPICS.map((t) => t.id)).toEqual([
      'double_charge',
      'refund_refused',
      'hacked_fraud',
      'safety',
      'legal_threat',
      'data_exposed',
      'outage',
      'going_public',
    ]);
    for (const t of DEFAULT_CRITICAL_TOPICS) expect(t.phrases.length).toBeGreaterThan(10);
  });
});
