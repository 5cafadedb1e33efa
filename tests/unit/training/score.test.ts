import { describe, expect, it } from 'vitest';
import { citationIn } from '@/lib/shared/coach/guidelines-it';
import { GUIDELINES } from '@/lib/shared/coach';
import { PRACTICE_SET, scenarioById } from '@/lib/shared/training/practice-set';
import { scorePractice, passedAll } from '@/lib/shared/training/score';

const scenario = (id: string) => {
  const found = scenarioById(id);
  if (!found) throw new Error(id);
  return found;
};
const rule = (score: ReturnType<typeof scorePractice>, id: string) => score.rules.find((r) => r.rule === id);

describe('scoring a practice answer with the coach', () => {
  // Lucia, charged twice, writes with "Lei".
  const lucia = scenario('it-01');

  it('a reply that breaks rules fails each of them, with the coach’s message and citation', () => {
    const score = scorePractice(lucia, {
      category: 'complaint',
      action: 'reply',
      reply: 'Ciao, mandaci qui sotto il numero d’ordine e te lo sistemiamo subito 😊',
    });
    expect(score.categoryCorrect).toBe(true);
    expect(rule(score, 'uses-name')).toMatchObject({ passed: false, guideline: GUIDELINES.personalise });
    expect(rule(score, 'empathy')).toMatchObject({ passed: false, guideline: GUIDELINES.complaintEmpathy });
    expect(rule(score, 'register')).toMatchObject({ passed: false, guideline: GUIDELINES.mirror });
    expect(rule(score, 'emoji')).toMatchObject({ passed: false, guideline: GUIDELINES.emoji });
    // "subito" is a promise (one rule, said once), and no realistic time is given; the order number is asked for
    // in public.
    expect(rule(score, 'promises')?.passed).toBe(false);
    expect(rule(score, 'promises')?.message.it).toContain('subito');
    expect(rule(score, 'realistic-time')?.passed).toBe(false);
    expect(rule(score, 'realistic-time')?.message.it).toMatch(/^Indica un tempo realistico/);
    expect(rule(score, 'private-channel')).toMatchObject({ passed: false, guideline: GUIDELINES.complaintPrivate });
    expect(rule(score, 'private-channel')?.message.en).toMatch(/personal data/);
    expect(passedAll(score)).toBe(false);
  });

  it('every failed rule’s citation reads in Italian for the Italian UI', () => {
    const score = scorePractice(lucia, { category: 'question', action: 'reply', reply: 'Ok, vediamo 🙂' });
    expect(score.categoryCorrect).toBe(false);
    for (const failed of score.rules.filter((r) => !r.passed)) {
      const italian = citationIn(failed.guideline, 'it');
      expect(italian).not.toBe(failed.guideline);
      expect(italian).toMatch(/^(Tono di voce|Reclamo|Modelli|Regola ferma) — “/);
    }
    expect(citationIn(GUIDELINES.emoji, 'it')).toBe('Tono di voce — “Emoji solo quando il problema è risolto.”');
    expect(citationIn(GUIDELINES.emoji, 'en')).toBe(GUIDELINES.emoji);
  });

  it('not replying to a complaint fails its rules; hiding it breaks the hard rule', () => {
    const ignored = scorePractice(lucia, { category: 'complaint', action: 'ignore', reply: '' });
    expect(ignored.actionCorrect).toBe(false);
    expect(ignored.rules.slice(0, lucia.mustDo.length).every((r) => !r.passed)).toBe(true);
    const hidden = scorePractice(lucia, { category: 'complaint', action: 'report', reply: '' });
    expect(rule(hidden, 'never-hide-negative')).toMatchObject({ passed: false, guideline: GUIDELINES.neverDelete });
  });

  it('a troll is passed by ignoring it, and failed by feeding it or hiding it', () => {
    const troll = scenario('it-18');
    expect(passedAll(scorePractice(troll, { category: 'troll', action: 'ignore', reply: '' }))).toBe(true);
    const fed = scorePractice(troll, {
      category: 'troll',
      action: 'reply',
      reply: 'Certo, come no. Buona fortuna a trovare di meglio!!!',
    });
    expect(rule(fed, 'ignore-troll')).toMatchObject({ passed: false, guideline: GUIDELINES.troll });
    expect(rule(fed, 'no-sarcasm')?.passed).toBe(false);
    const hidden = scorePractice(troll, { category: 'troll', action: 'report', reply: '' });
    expect(rule(hidden, 'ignore-troll')).toMatchObject({ passed: false, guideline: GUIDELINES.neverDelete });
  });

  it('spam is passed by hiding or reporting it, not by answering it', () => {
    const spam = scenario('en-20');
    const reported = scorePractice(spam, { category: 'spam', action: 'report', reply: '' });
    expect(rule(reported, 'report-spam')).toMatchObject({ passed: true, guideline: GUIDELINES.spam });
    const answered = scorePractice(spam, { category: 'spam', action: 'reply', reply: 'Hi, this is not us.' });
    expect(rule(answered, 'report-spam')?.passed).toBe(false);
  });

  it('a question answered vaguely fails, and a wrong-language reply is flagged', () => {
    const aoife = scenario('en-09');
    const score = scorePractice(aoife, {
      category: 'question',
      action: 'reply',
      reply: 'Ciao Aoife, per maggiori informazioni visita il nostro sito.',
    });
    expect(rule(score, 'language')).toMatchObject({ passed: false, guideline: GUIDELINES.mirror });
    expect(rule(score, 'question-specific')).toMatchObject({ passed: false, guideline: GUIDELINES.question });
    expect(rule(score, 'uses-name')?.passed).toBe(true);
  });

  it('a template with a placeholder left in is an extra failed rule', () => {
    const jess = scenario('en-01');
    const score = scorePractice(jess, {
      category: 'complaint',
      action: 'reply',
      reply: 'Hi Jess, sorry about this. DM us and we will refund {order} within 24 hours.',
    });
    expect(rule(score, 'placeholders')).toMatchObject({ passed: false, guideline: GUIDELINES.templates });
  });
});

describe('a realistic time', () => {
  it('passes when the reply gives one, even if it also promises something (that is the promises rule’s to fail)', () => {
    const scenario = PRACTICE_SET.find((s) => s.mustDo.includes('realistic-time'))!;
    const score = scorePractice(scenario, {
      category: scenario.category,
      action: 'reply',
      reply: 'Ti rispondiamo entro domani, te lo garantiamo.',
    });
    expect(score.rules.find((r) => r.rule === 'realistic-time')?.passed).toBe(true);
  });
});
