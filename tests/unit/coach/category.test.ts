import { describe, expect, it } from 'vitest';
import { GUIDELINES } from '@/lib/shared/coach';
import { coach, severityOf } from './helpers';

describe('praise', () => {
  it.each([
    ['Thank you so much, Maria! We will share it with the team.', 'ok'],
    ['Grazie di cuore, Maria! Lo giriamo al team.', 'ok'],
    ['Thank you so much! We will share it with the team.', 'warning'],
    ['Grazie mille!', 'warning'],
    ['Maria, we are happy you liked it.', 'warning'],
  ])('%s → %s', (draft, expected) => {
    expect(severityOf(coach(draft, { category: 'praise', sentiment: 0.8 }), 'praise-thanks')).toBe(expected);
  });

  it.each([
    ['Thank you, Maria!', 'info'],
    ['Grazie Maria! Ti abbiamo mandato un codice sconto in privato.', 'none'],
    ['Thank you, Maria! A review on our page would help others choose us.', 'none'],
  ])('reward nudge: %s → %s', (draft, expected) => {
    expect(severityOf(coach(draft, { category: 'praise' }), 'praise-reward')).toBe(expected);
  });
});

describe('question-specific', () => {
  it.each([
    ['Hi Maria, go to Orders, choose "Return" and print the label: the refund takes 5-10 days.', 'ok'],
    ['Ciao Maria, apriamo dal lunedì al sabato dalle 9:00 alle 19:30.', 'ok'],
    ['Hi Maria, DM us.', 'warning'],
    ['Ciao Maria, scrivici in privato.', 'warning'],
    ['Hi Maria, we can help with that.', 'warning'],
  ])('%s → %s', (draft, expected) => {
    expect(severityOf(coach(draft, { category: 'question', sentiment: 0 }), 'question-specific')).toBe(expected);
  });

  it('calls out a bare "DM us" explicitly', () => {
    expect(
      coach('Hi Maria, DM us.', { category: 'question' }).find((f) => f.id === 'question-specific')?.message.en,
    ).toMatch(/bare “DM us”/);
  });
});

describe('troll', () => {
  it.each([
    ['', 'info'],
    ['Hi Maria, for accuracy: our products are tested in the EU, see our site.', 'info'],
    [
      'Maria, you are wrong. First of all we test everything. Second, you never bought anything. Third, stop posting lies.',
      'warning',
    ],
    ['Maria, ti sbagli. Primo, testiamo tutto. Secondo, non hai mai comprato nulla. Terzo, smettila.', 'warning'],
  ])('%j → %s', (draft, expected) => {
    expect(severityOf(coach(draft, { category: 'troll' }), 'troll')).toBe(expected);
  });

  it('advises not to reply even before the user types', () => {
    const [finding] = coach('', { category: 'troll' });
    expect(finding).toMatchObject({ id: 'troll', guideline: GUIDELINES.troll });
    expect(finding!.message.it).toMatch(/non rispondere/);
  });
});

describe('spam and the never-hide-negative rule', () => {
  it('suggests hiding/reporting spam rather than replying', () => {
    expect(severityOf(coach('', { category: 'spam' }), 'spam')).toBe('info');
    expect(severityOf(coach('', { category: 'spam', action: 'report' }), 'spam')).toBe('none');
  });

  it.each([
    ['complaint', -0.6, 'hide', 'error'],
    ['complaint', -0.6, 'delete', 'error'],
    ['troll', -0.8, 'hide', 'error'],
    ['question', -0.2, 'delete', 'error'],
    ['question', 0.1, 'hide', 'warning'],
    ['spam', -0.5, 'hide', 'ok'],
    ['complaint', -0.6, 'reply', 'none'],
  ] as const)('%s (sentiment %s) + %s → %s', (category, sentiment, action, expected) => {
    expect(severityOf(coach('', { category, sentiment, action }), 'never-hide-negative')).toBe(expected);
  });

  it('warns loudly, first, in both languages', () => {
    const [first] = coach('Hi Maria', { category: 'complaint', action: 'delete' });
    expect(first).toMatchObject({ id: 'never-hide-negative', severity: 'error', guideline: GUIDELINES.neverDelete });
    expect(first!.message.en).toMatch(/^STOP: never delete a negative comment/);
    expect(first!.message.it).toMatch(/^ALT: non cancellare mai/);
  });
});
