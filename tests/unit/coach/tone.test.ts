import { describe, expect, it } from 'vitest';
import { GUIDELINES } from '@/lib/shared/coach';
import { coach, severityOf } from './helpers';

describe('uses-name', () => {
  it.each([
    ['en', 'Hi Maria, sorry about this, we will check today.', 'ok'],
    ['en', 'Hi, sorry about this, we will check today.', 'warning'],
    ['it', 'Ciao Maria, ci dispiace, verifichiamo oggi.', 'ok'],
    ['it', 'Gentile Maria Rossi, ci dispiace, verifichiamo oggi.', 'ok'],
    ['it', 'Ciao, ci dispiace, verifichiamo oggi.', 'warning'],
  ] as const)('%s: %s → %s', (language, draft, expected) => {
    expect(severityOf(coach(draft, { language }), 'uses-name')).toBe(expected);
  });

  it('accepts the @handle on X and cites the personalisation rule', () => {
    const findings = coach('@mrossi sorry about this, we will check today.', { platform: 'x' });
    expect(findings.find((f) => f.id === 'uses-name')).toMatchObject({
      severity: 'ok',
      guideline: GUIDELINES.personalise,
    });
  });

  it('does not ask to name spammers or trolls', () => {
    expect(severityOf(coach('This is not our giveaway.', { category: 'spam' }), 'uses-name')).toBe('none');
  });
});

describe('language', () => {
  it.each([
    ['en', 'Hi Maria, we are sorry about the delay and we will check it today.', 'ok'],
    ['en', 'Ciao Maria, ci dispiace per il ritardo e verifichiamo oggi stesso.', 'error'],
    ['it', 'Ciao Maria, ci dispiace per il ritardo e verifichiamo oggi stesso.', 'ok'],
    ['it', 'Hi Maria, we are sorry about the delay and we will check it today.', 'error'],
    ['it', 'Grazie!', 'none'],
  ] as const)('customer %s, draft %j → %s', (language, draft, expected) => {
    expect(severityOf(coach(draft, { language }), 'language')).toBe(expected);
  });

  it('explains the mismatch in both languages', () => {
    const finding = coach('Hi Maria, we are sorry about the delay and we will check it today.', {
      language: 'it',
    }).find((f) => f.id === 'language')!;
    expect(finding.message).toEqual({
      en: 'The customer wrote in Italian: reply in Italian.',
      it: 'Il cliente ha scritto in italiano: rispondi in italiano.',
    });
    expect(finding.guideline).toBe(GUIDELINES.mirror);
  });
});

describe('register (Italian)', () => {
  const tu = 'Ciao Maria, ci dispiace per il ritardo: scrivici in privato e ti aggiorniamo oggi.';
  const lei = 'Gentile Maria, ci dispiace per il ritardo: ci scriva in privato e La aggiorniamo oggi.';
  const mixed = 'Ciao Maria, ci dispiace: ci scriva in privato e ti aggiorniamo oggi.';
  it.each([
    [tu, 'tu', undefined, 'ok'],
    [lei, 'lei', undefined, 'ok'],
    [tu, 'lei', undefined, 'warning'],
    [lei, 'tu', undefined, 'warning'],
    [mixed, 'tu', undefined, 'error'],
    [tu, 'tu', 'lei', 'warning'],
    [lei, 'tu', 'lei', 'ok'],
  ] as const)('%s (customer %s, setting %s) → %s', (draft, register, setting, expected) => {
    const settings = setting ? { tone: { italianRegister: setting } } : undefined;
    expect(severityOf(coach(draft, { language: 'it', register, settings }), 'register')).toBe(expected);
  });

  it('does not judge register on English replies', () => {
    expect(
      severityOf(coach('Hi Maria, sorry, we will check today.', { language: 'en', register: 'lei' }), 'register'),
    ).toBe('none');
  });
});

describe('no-sarcasm', () => {
  it.each([
    ['en', 'Sure, because we love losing parcels, Maria.', 'error'],
    ['en', 'Yeah right, Maria. We will check.', 'error'],
    ['en', 'Hi Maria, sorry about this 🙄', 'error'],
    ['it', 'Certo, come no, Maria. Verifichiamo.', 'error'],
    ['it', 'Complimenti per la pazienza, Maria!!!', 'error'],
    ['en', 'Hi Maria, sorry about this, we will check today.', 'none'],
    ['it', 'Ciao Maria, ci dispiace, verifichiamo oggi.', 'none'],
  ] as const)('%s: %s → %s', (language, draft, expected) => {
    expect(severityOf(coach(draft, { language }), 'no-sarcasm')).toBe(expected);
  });

  it('cites the troll rule when replying to a troll', () => {
    expect(coach('Yeah right.', { category: 'troll' }).find((f) => f.id === 'no-sarcasm')?.guideline).toBe(
      GUIDELINES.troll,
    );
  });
});

describe('no-jokes (complaints only)', () => {
  it.each([
    ['complaint', 'Haha Maria, couriers, right? We will check.', 'error'],
    ['complaint', 'Maria, ahahah, verifichiamo subito 😂', 'error'],
    ['complaint', 'Hi Maria, sorry, we will check today.', 'none'],
    ['praise', 'Haha thank you Maria, you made our day!', 'none'],
  ] as const)('%s: %s → %s', (category, draft, expected) => {
    expect(severityOf(coach(draft, { category }), 'no-jokes')).toBe(expected);
  });
});

describe('emoji', () => {
  it.each([
    ['complaint', 'Hi Maria, sorry about the delay, we will check today 🙂', undefined, 'warning'],
    ['complaint', 'Ciao Maria, il problema è risolto, grazie per la pazienza 🙂', undefined, 'none'],
    ['complaint', 'Hi Maria, the issue is resolved now 🙂', undefined, 'none'],
    ['praise', 'Thank you Maria 😊', undefined, 'none'],
    ['praise', 'Grazie Maria 😊', 'never', 'warning'],
    ['question', 'Hi Maria, we open at 9:00 🙂', 'allowed', 'none'],
    ['question', 'Ciao Maria, apriamo alle 9:00 🙂', undefined, 'warning'],
  ] as const)('%s: %s (setting %s) → %s', (category, draft, emoji, expected) => {
    const settings = emoji ? { tone: { emoji } } : undefined;
    expect(severityOf(coach(draft, { category, settings }), 'emoji')).toBe(expected);
  });
});
