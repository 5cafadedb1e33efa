import { describe, expect, it } from 'vitest';
import { classify } from '@/lib/shared/classify';
import { DEFAULT_CRITICAL_TOPICS } from '@/lib/shared/classify/critical-topics';
import { URGENT_TOPIC_IDS } from '@/lib/shared/classify/linear-model';
import type { CriticalTopic } from '@/lib/shared/classify/types';

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

/** Everyday wordings that name no keyword of the first list (phrase coverage is the risk on unseen comments). */
const URGENT_VARIANTS: [string, string][] = [
  ['double_charge', 'Ho disdetto a marzo ma continuano a prelevarmi 19,90 ogni mese'],
  ['double_charge', "La bolletta è arrivata con un importo doppio rispetto al solito, com'è possibile?"],
  ['double_charge', "Pagamento addebitato ma l'ordine è stato annullato, i soldi non sono tornati"],
  ['double_charge', 'You are still taking money every month after I cancelled in May'],
  ['double_charge', 'The app took the payment twice and there are two pending transactions on my card'],
  ['refund_refused', 'Mi hanno risposto che il rimborso non spetta perché la confezione è aperta'],
  ['refund_refused', 'Sono tre mesi che aspetto i soldi della vacanza annullata'],
  ['refund_refused', 'Your agent said I am not entitled to a refund for a broken product'],
  ['hacked_fraud', 'Mi è arrivato un finto sms della banca, ho cliccato e ora ci sono movimenti strani'],
  ['hacked_fraud', 'Someone logged into my account last night and changed the delivery address'],
  ['hacked_fraud', 'A fake text pretending to be from you asked for my PIN'],
  ['safety', 'Il monopattino si è rotto in discesa e mi sono fatto male alla spalla'],
  ['safety', 'The hairdryer started smoking the second time I used it'],
  ['data_exposed', 'Nel mio profilo vedo le fatture di un altro utente'],
  ['data_exposed', 'Your shop assistant gave my phone number to a stranger'],
  ['outage', 'No internet in the whole street since yesterday, the home banking down too'],
  ['double_charge', 'Mi avete rinnovato il contratto senza chiedere e preso 80 euro dal conto'],
  ['hacked_fraud', 'Someone ordered a TV on my account, I never placed that order'],
  ['safety', "Il bollitore perde e l'acqua bollente mi è finita sul braccio"],
];

describe('urgent: realistic variants of each topic', () => {
  it.each(URGENT_VARIANTS)('%s: %s', (topic, text) => {
    expect(classify(text).urgent.topics).toContain(topic);
  });
});

describe('urgent: guards against negation and non-issues', () => {
  it.each([
    'Non sono stato hackerato per fortuna, era un errore mio',
    'Thankfully I was not hacked, I just mistyped my password',
    'Cosa succede se mi addebitano due volte? Come funziona il rimborso?',
    'Calm down everyone, it is just an ad',
    'Qual è la sede legale della società? Mi serve per la fattura',
    // Words that only look like a topic: an insult, a job title, melted ice cream, an Italian "a e".
    'Sono dei truffatori, tutti uguali', // (a boycott call is going_public in docs/labelling-guide.md)
    'lol the social media intern is at it again',
    'The ice cream arrived melted, a bit disappointing',
    'Buongiorno a tutti e buon lunedì',
    'Il corriere ha consegnato il pacco a un altro indirizzo, dove lo trovo?',
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

  it('the defaults carry the agreed ids, in the order of the urgency head, each with Italian and English phrases', () => {
    expect(DEFAULT_CRITICAL_TOPICS.map((t) => t.id)).toEqual([...URGENT_TOPIC_IDS]);
    for (const t of DEFAULT_CRITICAL_TOPICS) expect(t.phrases.length).toBeGreaterThan(10);
  });
});
