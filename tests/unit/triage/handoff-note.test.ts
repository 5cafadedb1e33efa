import { describe, expect, it } from 'vitest';
import { buildHandoffNote, mailtoUrl } from '@/lib/shared/triage/handoff-note';
import type { Classification } from '@/lib/shared/classify/types';
import type { SocialItem } from '@/lib/shared/model/social-item';

const item: SocialItem = {
  platform: 'facebook',
  id: '123_456',
  permalink: 'https://www.facebook.com/acme/posts/1?comment_id=456',
  authorName: 'Lucia Ferri',
  authorHandle: 'https://www.facebook.com/lucia.ferri',
  text: 'Mi avete addebitato due volte l’abbonamento!',
  createdAt: 0,
  createdAtApproximate: true,
  isReply: false,
  isOwn: false,
  kind: 'comment',
};
const classification = {
  category: 'complaint',
  urgent: { flag: true, topics: ['double_charge'], matched: ['addebitato due volte'] },
} as unknown as Classification;

describe('hand-off note', () => {
  it('carries link, author, text, category, urgency and what was promised', () => {
    const note = buildHandoffNote({
      item,
      classification,
      departmentName: 'Amministrazione',
      promised: 'Risposta entro oggi',
      language: 'it',
    });
    expect(note.subject).toContain('[Amministrazione]');
    expect(note.subject).toContain('double_charge');
    for (const part of [
      item.permalink,
      'Lucia Ferri',
      'addebitato due volte',
      'complaint',
      'sì (double_charge)',
      'Risposta entro oggi',
    ])
      expect(note.body).toContain(part);
  });

  it('uses the department template when it has a {summary} slot', () => {
    const note = buildHandoffNote({
      item,
      classification,
      departmentName: 'Billing',
      promised: '',
      language: 'en',
      template: 'Hi {department} team,\n{summary}\nThanks',
    });
    expect(note.body.startsWith('Hi Billing team,')).toBe(true);
    expect(note.body).toContain('Already told the customer: nothing yet');
  });

  it('encodes a mailto link', () => {
    expect(mailtoUrl('billing@acme.it', 'a b', 'x&y')).toBe('mailto:billing%40acme.it?subject=a%20b&body=x%26y');
  });
});
