import { beforeEach, describe, expect, it } from 'vitest';
import { attemptOf } from '@/lib/shared/training/attempt';
import { scenarioById } from '@/lib/shared/training/practice-set';
import { scorePractice, type PracticeAnswer } from '@/lib/shared/training/score';
import { resetAll, send, sendRaw } from './log-harness';
import { exportThroughPort, restoreThroughPort } from './backup-harness';

/** What the trainee page sends: a scored answer, without the id, time and day the background stamps. */
function logged(scenarioId: string, answer: PracticeAnswer) {
  const scenario = scenarioById(scenarioId)!;
  const {
    id: _id,
    at: _at,
    day: _day,
    ...input
  } = attemptOf(scenario, answer, scorePractice(scenario, answer), 0, '2026-01-01', 'x');
  return input;
}

describe('practice answers in the background database', () => {
  beforeEach(resetAll);

  it('stores answers from extension pages, stamped with id, time and local day, and lists them oldest first', async () => {
    const first = await send('logPractice', logged('it-18', { category: 'troll', action: 'ignore', reply: '' }));
    const second = await send(
      'logPractice',
      logged('en-01', { category: 'question', action: 'reply', reply: 'Send us your order number' }),
    );
    expect(second.attempts).toBe(2);
    const { attempts } = await send('getPracticeAttempts', {});
    expect(attempts.map((a) => a.id)).toEqual([first.id, second.id]);
    expect(attempts[1]).toMatchObject({
      scenarioId: 'en-01',
      chosenCategory: 'question',
      expectedCategory: 'complaint',
    });
    expect(attempts[1]!.day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(attempts[1]!.rules.find((r) => r.rule === 'empathy')).toEqual({ rule: 'empathy', passed: false });
  });

  it('refuses practice messages from a page script or the panel, and malformed answers', async () => {
    const fromPage = await sendRaw(
      'logPractice',
      logged('it-18', { category: 'troll', action: 'ignore', reply: '' }),
      'content',
    );
    expect(fromPage).toMatchObject({ ok: false });
    expect(await sendRaw('getPracticeAttempts', {}, 'content')).toMatchObject({ ok: false });
    expect(await sendRaw('getPracticeAttempts', {}, 'panel')).toMatchObject({ ok: false });
    expect(await sendRaw('logPractice', { scenarioId: 'it-18', action: 'shout' })).toMatchObject({ ok: false });
    expect((await send('getPracticeAttempts', {})).attempts).toEqual([]);
  });

  it('a backup leaves practice out and still imports; wiping everything deletes practice too', async () => {
    await send('logPractice', logged('it-18', { category: 'troll', action: 'ignore', reply: '' }));
    const backup = await exportThroughPort();
    const tables = (JSON.parse(backup.json) as { data: { data: { tableName: string }[] } }).data.data.map(
      (t) => t.tableName,
    );
    expect(tables).not.toContain('practice');
    expect(await restoreThroughPort(backup.json)).toEqual({ handled: 0, seen: 0, followups: 0, templates: 0 });
    expect((await send('getPracticeAttempts', {})).attempts).toHaveLength(1);
    await send('wipeData', { confirm: 'DELETE' });
    expect((await send('getPracticeAttempts', {})).attempts).toEqual([]);
  });
});
