import { describe, expect, it } from 'vitest';
import { GUIDELINES } from '@/lib/shared/coach';
import { coach, severityOf } from './helpers';

describe('empathy', () => {
  it.each([
    ['Hi Maria, sorry for the wait: we will check today.', 'ok'],
    ['Hi Maria, I understand, that is frustrating. We will check today.', 'ok'],
    ['Ciao Maria, ci dispiace per l’attesa: verifichiamo oggi.', 'ok'],
    ['Gentile Maria, comprendiamo il disagio. Verifichiamo oggi.', 'ok'],
    ['Hi Maria, send us a DM with your order number.', 'warning'],
    ['Ciao Maria, mandaci il numero d’ordine in privato.', 'warning'],
  ])('%s → %s', (draft, expected) => {
    expect(severityOf(coach(draft), 'empathy')).toBe(expected);
  });

  it('only applies to complaints', () => {
    expect(severityOf(coach('Hi Maria, we open at 9:00.', { category: 'question' }), 'empathy')).toBe('none');
  });
});

describe('no-blame', () => {
  it.each([
    ['Maria, you should have read the instructions.', 'error'],
    ['As we already said, Maria, it is not our fault.', 'error'],
    ['Maria, avresti dovuto controllare prima.', 'error'],
    ['Gentile Maria, come già detto non è colpa nostra.', 'error'],
    ['Hi Maria, sorry, we will check what happened today.', 'none'],
    ['Ciao Maria, ci dispiace, verifichiamo cosa è successo.', 'none'],
  ])('%s → %s', (draft, expected) => {
    expect(severityOf(coach(draft), 'no-blame')).toBe(expected);
  });
});

describe('next-step', () => {
  it.each([
    ['Hi Maria, sorry. Send us your order number in DM and we will check today.', 'ok'],
    ['Ciao Maria, ci dispiace. Scrivici in privato e verifichiamo entro domani.', 'ok'],
    ['Hi Maria, sorry to hear that.', 'warning'],
    ['Ciao Maria, ci dispiace molto.', 'warning'],
  ])('%s → %s', (draft, expected) => {
    expect(severityOf(coach(draft), 'next-step')).toBe(expected);
  });
});

describe('personal-data', () => {
  it.each([
    ['Hi Maria, sorry! Please reply here with your order number and email.', 'error'],
    ['Ciao Maria, ci dispiace! Scrivi qui sotto il tuo numero di telefono.', 'error'],
    ['Gentile Maria, ci indichi il Suo IBAN per il rimborso.', 'error'],
    ['Hi Maria, sorry: your order #1234567 was shipped to maria@example.com.', 'error'],
    ['Ciao Maria, il rimborso va su IT60 X054 2811 1010 0000 0123 456.', 'error'],
    ['Hi Maria, sorry! Send us your order number in DM and we will check.', 'ok'],
    ['Ciao Maria, ci dispiace! Mandaci il numero d’ordine in privato.', 'ok'],
    ['Hi Maria, sorry for the wait, we will check today.', 'none'],
  ])('%s → %s', (draft, expected) => {
    expect(severityOf(coach(draft), 'personal-data')).toBe(expected);
  });

  it('asks to move to private when the customer posted their own data', () => {
    const item = { text: 'Order 12345678 never arrived, call me on +39 333 123 4567' };
    expect(severityOf(coach('Hi Maria, sorry, we will check today.', { item }), 'personal-data')).toBe('warning');
    expect(severityOf(coach('Hi Maria, sorry, we have sent you a DM.', { item }), 'personal-data')).toBe('none');
  });

  it('explains and cites the private-channel rule in both languages', () => {
    const finding = coach('Hi Maria, reply with your phone number.').find((f) => f.id === 'personal-data')!;
    expect(finding.guideline).toBe(GUIDELINES.complaintPrivate);
    expect(finding.message.it).toContain('in privato');
  });
});

describe('promises', () => {
  it.each([
    ['en', 'Hi Maria, sorry, we will fix it immediately.', 'warning'],
    ['en', 'Hi Maria, sorry, delivery is guaranteed tomorrow.', 'warning'],
    ['en', 'Sorry Maria, it will never happen again.', 'warning'],
    ['it', 'Ciao Maria, ci dispiace, sarà risolto subito.', 'warning'],
    ['it', 'Maria, ti garantisco che non succederà più.', 'warning'],
    ['en', 'Hi Maria, sorry, we will come back to you by tomorrow.', 'none'],
    ['it', 'Ciao Maria, ci dispiace, ti aggiorniamo entro domani.', 'none'],
  ] as const)('%s: %s → %s', (language, draft, expected) => {
    expect(severityOf(coach(draft, { language }), 'promises')).toBe(expected);
  });

  it('quotes the phrase', () => {
    expect(coach('Hi Maria, we will fix it immediately.').find((f) => f.id === 'promises')?.message.en).toMatch(
      /^“immediately”/,
    );
  });
});

describe('vague', () => {
  it.each([
    ['question', 'Hi Maria, please contact customer service for more information.', 'warning'],
    ['complaint', 'Ciao Maria, stiamo verificando.', 'warning'],
    ['question', 'Ciao Maria, visita il nostro sito.', 'warning'],
    ['question', 'Hi Maria, we open Monday to Saturday 9:00-19:30.', 'none'],
  ] as const)('%s: %s → %s', (category, draft, expected) => {
    expect(severityOf(coach(draft, { category }), 'vague')).toBe(expected);
  });
});
