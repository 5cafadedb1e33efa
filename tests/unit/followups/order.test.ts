import { describe, expect, it } from 'vitest';
import { orderFollowUps, overdueIds, withOverdue } from '@/lib/shared/followups/order';
import { closingReply, CLOSING_TEMPLATE_ID } from '@/lib/shared/followups/closing-reply';
import { defaultTemplates } from '@/lib/shared/templates/defaults';
import { defaultSettings } from '@/lib/shared/settings';

describe('follow-up order and the queue', () => {
  const rows = [
    { itemId: 'later', status: 'open' as const, dueAt: 300 },
    { itemId: 'closed', status: 'closed' as const, dueAt: 50 },
    { itemId: 'late', status: 'open' as const, dueAt: 100 },
    { itemId: 'soon', status: 'open' as const, dueAt: 200 },
  ];

  it('puts open follow-ups first, by due time', () => {
    expect(orderFollowUps(rows).map((row) => row.itemId)).toEqual(['late', 'soon', 'later', 'closed']);
  });

  it('finds the open ones past their due time', () => {
    expect([...overdueIds(rows, 200)]).toEqual(['late', 'soon']);
  });

  it('puts an overdue handled item back in the queue as urgent, leaving the rest alone', () => {
    const entries = [
      { id: 'late', urgent: false },
      { id: 'done', urgent: false },
      { id: 'open', urgent: false },
    ];
    const queue = withOverdue(entries, new Set(['late', 'done']), new Set(['late']));
    expect(queue.entries).toEqual([
      { id: 'late', urgent: true },
      { id: 'done', urgent: false },
      { id: 'open', urgent: false },
    ]);
    expect([...queue.handled]).toEqual(['done']);
  });
});

describe('the closing reply', () => {
  const settings = defaultSettings();
  const row = { platform: 'x' as const, authorHandle: 'sara_l', authorName: 'Sara Lombardi', language: 'it' as const };

  it("offers the built-in 'back in public once solved' template in the customer's language, with their name", () => {
    const reply = closingReply(row, [], settings);
    expect(reply?.templateId).toBe(CLOSING_TEMPLATE_ID);
    expect(reply?.text).toBe(
      'Gentile Sara, per completezza anche qui: il problema è risolto. Grazie per la pazienza, e ci scriva quando vuole se serve altro 🙂',
    );
    expect(closingReply({ ...row, language: 'en' }, [], settings)?.text).toMatch(/^Hi Sara, just to close the loop/);
  });

  it("uses the user's edited copy of the template when there is one", () => {
    const edited = defaultTemplates().find((template) => template.id === CLOSING_TEMPLATE_ID)!;
    const mine = { ...edited, variants: [{ language: 'en' as const, body: 'Hi {first_name}, sorted! {agent|}' }] };
    expect(closingReply({ ...row, language: 'en' }, [mine], settings)?.text).toBe('Hi Sara, sorted!');
  });
});
