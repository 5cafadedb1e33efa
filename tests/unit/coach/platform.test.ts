import { describe, expect, it } from 'vitest';
import { coach, severityOf } from './helpers';

describe('x-length', () => {
  const base = 'Hi Maria, sorry about the wait: we will check today. ';
  it.each([
    [base, 'none'],
    [base + 'x'.repeat(215), 'warning'],
    [base + 'x'.repeat(240), 'error'],
    // A long URL still counts 23.
    [base + `https://example.com/${'a'.repeat(300)}`, 'none'],
  ])('%#: → %s', (draft, expected) => {
    expect(severityOf(coach(draft, { platform: 'x' }), 'x-length')).toBe(expected);
  });

  it('is not checked on Facebook', () => {
    expect(severityOf(coach('Maria ' + 'x'.repeat(400), { platform: 'facebook' }), 'x-length')).toBe('none');
  });
});

describe('facebook-mention', () => {
  it.each([
    ['Maria Rossi sorry, we will check today.', { isReply: true, kind: 'reply' }, 'ok'],
    ['@Maria sorry, we will check today.', { isReply: true, kind: 'reply' }, 'ok'],
    ['Ciao, ci dispiace, verifichiamo oggi.', { isReply: true, kind: 'reply' }, 'warning'],
    ['Ciao, ci dispiace, verifichiamo oggi.', { isReply: false, kind: 'comment' }, 'none'],
  ] as const)('%s (%j) → %s', (draft, item, expected) => {
    expect(severityOf(coach(draft, { platform: 'facebook', item }), 'facebook-mention')).toBe(expected);
  });
});

describe('placeholders', () => {
  it.each([
    ['Hi Maria, your order {order} is on its way.', 'error'],
    ['Ciao Maria, per correttezza: [il fatto, con il link alla fonte].', 'error'],
    ['Hi Maria, sorry, we will check today.', 'none'],
  ])('%s → %s', (draft, expected) => {
    expect(severityOf(coach(draft), 'placeholders')).toBe(expected);
  });
});

describe('coachDraft', () => {
  it('returns nothing for an empty draft on an ordinary complaint', () => {
    expect(coach('')).toEqual([]);
  });

  it('sorts the worst findings first and gives every finding a guideline and both languages', () => {
    const findings = coach('Haha Maria, reply here with your phone number, fixed immediately 🙂');
    const order = findings.map((f) => f.severity);
    expect(order).toEqual(
      [...order].sort(
        (a, b) => ['error', 'warning', 'info', 'ok'].indexOf(a) - ['error', 'warning', 'info', 'ok'].indexOf(b),
      ),
    );
    expect(findings.length).toBeGreaterThan(3);
    for (const f of findings) {
      expect(f.guideline.length).toBeGreaterThan(5);
      expect(f.message.en).not.toBe(f.message.it);
    }
  });

  it('passes a good reply cleanly', () => {
    const findings = coach(
      'Hi Maria, sorry your order is late. Send us the order number in DM and we will check with the courier today.',
    );
    expect(findings.filter((f) => f.severity === 'error' || f.severity === 'warning')).toEqual([]);
  });
});
