import { describe, expect, it } from 'vitest';
import { badgeLabel, type BadgeContent } from '@/lib/page/badge-label';
import { badgeStrings } from '@/lib/shared/i18n/messages/badge';
import type { BadgeFacts } from '@/lib/shared/model/queue';

const en = badgeStrings('en');
const it_ = badgeStrings('it');
const facts = (over: Partial<BadgeFacts> = {}): BadgeFacts => ({
  category: 'complaint',
  troll: false,
  urgent: { flag: false },
  sentimentLabel: 'negative',
  ...over,
});
const content = (over: Partial<BadgeContent> = {}): BadgeContent => ({
  facts: facts(),
  mark: null,
  state: 'read',
  sla: { state: 'late', approximate: false, changesAt: null },
  slaMinutes: 60,
  ...over,
});

describe('what a badge says, in English', () => {
  it('category, urgency, tone and SLA state, in its text and its accessible name', () => {
    const label = badgeLabel(content({ facts: facts({ urgent: { flag: true } }) }), en);
    expect(label).toEqual({
      text: '! complaint',
      aria: 'CareSide: urgent, complaint, negative tone, late (posted over 1 h ago). Open in panel',
      tone: 'complaint',
      urgent: true,
      slaText: 'late',
      slaState: 'late',
      sentiment: 'negative',
    });
  });

  it('on time and due soon name the threshold; an approximate time says "about"', () => {
    const onTime = badgeLabel(content({ sla: { state: 'on_time', approximate: false, changesAt: 1 } }), en);
    expect(onTime.aria).toBe('CareSide: complaint, negative tone, on time (posted under 30 min ago). Open in panel');
    const dueSoon = badgeLabel(
      content({ sla: { state: 'due_soon', approximate: true, changesAt: 1 }, slaMinutes: 120 }),
      en,
    );
    expect(dueSoon.aria).toBe(
      'CareSide: complaint, negative tone, due soon (posted about over 1 h ago). Open in panel',
    );
    expect(dueSoon.slaText).toBe('≈ due soon');
  });

  it('a marked item says its mark and no SLA state', () => {
    const waiting = badgeLabel(content({ mark: 'waiting' }), en);
    expect(waiting).toMatchObject({ text: '⏳ complaint', slaText: '', slaState: '' });
    expect(waiting.aria).toBe('CareSide: complaint, negative tone, waiting on a follow-up. Open in panel');
    expect(badgeLabel(content({ mark: 'handled' }), en).aria).toMatch(/, handled\. Open in panel$/);
    expect(badgeLabel(content({ mark: 'escalated' }), en).text).toBe('↗ complaint');
  });

  it('a troll that is also a complaint, praise with a positive tone', () => {
    expect(badgeLabel(content({ facts: facts({ troll: true }), sla: null }), en)).toMatchObject({
      text: 'complaint · troll',
      aria: 'CareSide: complaint, troll, negative tone. Open in panel',
    });
    expect(
      badgeLabel(content({ facts: facts({ category: 'praise', sentimentLabel: 'positive' }) }), en).sentiment,
    ).toBe('positive');
  });

  it('unread and media-only items: said as such, never as a category or a tone', () => {
    const unread = badgeLabel(content({ facts: null, state: 'unread', sla: null }), en);
    expect(unread).toMatchObject({ text: "can't read", tone: 'unread', sentiment: '' });
    expect(unread.aria).toBe("CareSide: couldn't read this comment's text. Open in panel");
    const gif = badgeLabel(content({ facts: null, state: 'media', media: 'gif', sla: null, mark: 'handled' }), en);
    expect(gif).toMatchObject({ text: '✓ GIF only', tone: 'media' });
    expect(gif.aria).toBe('CareSide: GIF only, handled. Open in panel');
    expect(badgeLabel(content({ facts: null, state: 'media', sla: null }), en).text).toBe('media only');
  });
});

describe('what a badge says, in Italian', () => {
  it('the same facts in the UI language', () => {
    const label = badgeLabel(content({ facts: facts({ urgent: { flag: true }, troll: true }) }), it_);
    expect(label.text).toBe('! reclamo · troll');
    expect(label.aria).toBe(
      'CareSide: urgente, reclamo, troll, tono negativo, in ritardo (pubblicato più di 1 h fa). Apri nel pannello',
    );
    expect(label.slaText).toBe('in ritardo');
    const onTime = badgeLabel(content({ sla: { state: 'on_time', approximate: true, changesAt: 1 } }), it_);
    expect(onTime.aria).toBe(
      'CareSide: reclamo, tono negativo, in tempo (pubblicato circa meno di 30 min fa). Apri nel pannello',
    );
    expect(onTime.slaText).toBe('≈ in tempo');
    expect(badgeLabel(content({ mark: 'waiting' }), it_).aria).toBe(
      'CareSide: reclamo, tono negativo, in attesa di un follow-up. Apri nel pannello',
    );
    expect(badgeLabel(content({ facts: null, state: 'unread', sla: null }), it_).text).toBe('illeggibile');
    expect(badgeLabel(content({ facts: null, state: 'media', media: 'photo', sla: null }), it_).text).toBe('solo foto');
  });

  it('both tables have every word', () => {
    expect(Object.keys(it_).sort()).toEqual(Object.keys(en).sort());
    for (const value of [...Object.values(en), ...Object.values(it_)]) expect(value).not.toBe('');
  });
});
