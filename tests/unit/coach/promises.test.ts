import { describe, expect, it } from 'vitest';
import { coachDraft, type CoachInput } from '@/lib/shared/coach';
import { concretePromises } from '@/lib/shared/coach/checks-promises';

const OLD_HOURS =
  'Hi Maria, our stores are open Monday to Saturday 9:00-19:30, Sunday 10:00-13:00. Holiday hours are on the store locator page.';

function findingFor(draft: string, origin?: CoachInput['origin']) {
  return coachDraft({
    draft,
    platform: 'facebook',
    item: {
      platform: 'facebook',
      authorName: 'Maria Rossi',
      authorHandle: '',
      text: '',
      isReply: false,
      kind: 'comment',
    },
    classification: { category: 'question', language: 'en', topics: [], sentiment: 0 },
    origin,
  }).find((f) => f.id === 'unbacked-promise');
}

describe('concrete promises', () => {
  it.each([
    ['Ti rispondiamo entro 24 ore.', ['24 ore']],
    ['We will refund you within 2 days.', ['2 days']],
    ['It will be fixed by Friday.', ['by friday']],
    ['Ti richiamiamo domani.', ['domani']],
    ['Arriva entro venerdì, con uno sconto del 10%.', ['entro venerdì', '10%']],
    ['A €20 voucher, valid until 3 marzo.', ['€20', '3 marzo']],
    ['Orders before 13:00 leave the same day; delivery in 3-5 working days.', ['13:00', '3-5 working days']],
    ['We ship on 12/03.', ['12/03']],
    ['Ci scusiamo per il disagio: verifichiamo e ti scriviamo in privato.', []],
  ])('%j → %j', (text, promises) => {
    expect(concretePromises(text)).toEqual(promises);
  });
});

describe('the coach flags promises that came from neither a setting nor the user', () => {
  it('flags the times a shipped template states on its own, citing the guideline (EN and IT)', () => {
    const flag = findingFor(OLD_HOURS, { templateText: OLD_HOURS, facts: [] });
    expect(flag?.severity).toBe('warning');
    expect(flag?.message.en).toContain('“9:00”');
    expect(flag?.message.en).toContain('came with the template');
    expect(flag?.message.it).toContain('Mai promettere ciò che non puoi mantenere');
    expect(flag?.guideline).toContain('never promise what you can’t keep');
  });

  it('a time that is a brand fact from settings is not flagged', () => {
    const draft = 'Hi Maria, our opening hours: Mon-Sat 9:00-19:30. Holiday hours are on the store locator page.';
    expect(findingFor(draft, { templateText: draft, facts: ['Mon-Sat 9:00-19:30'] })).toBeUndefined();
  });

  it('a promise the user typed into the draft is theirs, not flagged', () => {
    const template = 'Hi Maria, I am checking with the team and will come back to you here.';
    const typed = 'Hi Maria, I am checking with the team and will come back to you here within 2 days.';
    expect(findingFor(typed, { templateText: template, facts: [] })).toBeUndefined();
    // With no template at all, every word is the user's.
    expect(findingFor('We will refund €20 by Friday.')).toBeUndefined();
  });

  it('once the user edits the template’s promise away, the flag goes', () => {
    const edited = OLD_HOURS.replace(/open .*13:00/, 'open as shown on our website');
    expect(findingFor(edited, { templateText: OLD_HOURS, facts: [] })).toBeUndefined();
  });
});

describe('a promise is backed only by the same promise in a brand fact', () => {
  it('a fact does not back a promise it merely contains the words of', () => {
    const draft = 'Hi Maria, the refund reaches you in 4 days; the store opens at 9:00.';
    const flag = findingFor(draft, { templateText: draft, facts: ['Refunds within 14 days', 'Orders before 19:00'] });
    expect(flag?.message.en).toContain('“4 days”, “9:00”');
  });

  it('the same promise, written with other words around it or other case, is backed', () => {
    const draft = 'Hi Maria, the refund reaches you in 14 days.';
    expect(findingFor(draft, { templateText: draft, facts: ['Refunds: 14 Days from the return'] })).toBeUndefined();
  });

  it('a user template (not shipped) is checked like a shipped one', () => {
    // The panel passes every picked template's text; the check does not ask where the template came from.
    const template = 'Ciao Maria, ti rimborsiamo entro 3 giorni lavorativi.';
    expect(findingFor(template, { templateText: template, facts: [] })?.message.it).toContain('“3 giorni lavorativi”');
  });
});

describe('one finding for one promise', () => {
  it('"in 5 minutes" from a template is the unrealistic-promise finding only', () => {
    const draft = 'Hi Maria, we will fix it in 5 minutes.';
    const findings = coachDraft({
      draft,
      platform: 'facebook',
      item: {
        platform: 'facebook',
        authorName: 'Maria Rossi',
        authorHandle: '',
        text: '',
        isReply: false,
        kind: 'comment',
      },
      classification: { category: 'question', language: 'en', topics: [], sentiment: 0 },
      origin: { templateText: draft, facts: [] },
    });
    expect(findings.filter((f) => f.id === 'promises' || f.id === 'unbacked-promise').map((f) => f.id)).toEqual([
      'promises',
    ]);
  });

  it('a second, realistic promise of the template is still flagged on its own', () => {
    const draft = 'Hi Maria, we will fix it in 5 minutes and refund you in 3 days.';
    expect(findingFor(draft, { templateText: draft, facts: [] })?.message.en).toMatch(/^“3 days” came/);
  });
});
