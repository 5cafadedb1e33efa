// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createBadgeState, SLA_TICK_MS } from '@/lib/page/badge-state';
import type { PageItemState, RuntimeOptions } from '@/lib/page/types';
import { badgeStrings } from '@/lib/shared/i18n/messages/badge';
import { socialItem } from '../support/items';
import { captureShadowRoots } from './badge-reader';

const MIN = 60_000;
const START = Date.UTC(2026, 0, 5, 9, 0);
const options: RuntimeOptions = {
  ownHandles: [],
  badges: true,
  monitorKeywords: [],
  slaMinutes: 60,
  labels: badgeStrings('en'),
};

const tracked = (id: string, ageMinutes: number): PageItemState => ({
  item: socialItem(id, 'where is my parcel?', { createdAt: START - ageMinutes * MIN }),
  badge: { category: 'question', troll: false, urgent: { flag: false }, sentimentLabel: 'neutral' },
  readState: 'read',
  visible: true,
  firstSeenAt: START,
  lastSeenAt: START,
  monitored: [],
});

const reader = captureShadowRoots();
afterEach(() => (document.body.innerHTML = ''));

describe("the page's one SLA clock", () => {
  it('one interval for the page; each tick re-draws only the badges whose state changed, none in between', () => {
    let now = START;
    const intervals: { run: () => void; ms: number }[] = [];
    const win = {
      setInterval: (run: () => void, ms: number) => intervals.push({ run, ms }),
      clearInterval: () => intervals.splice(0),
    } as unknown as Window;
    const items = new Map([0, 20, 45, 120].map((age) => [`i${age}`, tracked(`i${age}`, age)]));
    const elements = new Map<string, Element>();
    const redrawn: string[] = [];
    const state = createBadgeState(
      win,
      (id) => {
        redrawn.push(id);
        state.draw(elements.get(id)!, items.get(id)!, false, true, options);
      },
      () => now,
    );
    for (const [id, item] of items) {
      const el = document.createElement('article');
      document.body.append(el);
      elements.set(id, el);
      state.draw(el, item, false, true, options);
    }
    expect(intervals).toHaveLength(1);
    expect(intervals[0]!.ms).toBe(SLA_TICK_MS);
    const slas = () => [...elements.values()].map((el) => reader.of(el)!.sla);
    expect(slas()).toEqual(['on_time', 'on_time', 'due_soon', 'late']);

    const tick = (minutes: number) => {
      now += minutes * MIN;
      redrawn.length = 0;
      intervals[0]!.run();
      return [...redrawn];
    };
    expect(tick(1)).toEqual([]); // nothing crossed a threshold
    expect(tick(9)).toEqual(['i20']); // 30 min old: due soon
    expect(slas()).toEqual(['on_time', 'due_soon', 'due_soon', 'late']);
    expect(tick(5)).toEqual(['i45']); // 60 min old: late
    expect(tick(15)).toEqual(['i0']);
    expect(tick(30).sort()).toEqual(['i0', 'i20']);
    expect(slas()).toEqual(['late', 'late', 'late', 'late']);
    expect(tick(60 * 24)).toEqual([]); // late stays late: nothing left to watch

    // A mark (answered) takes the badge off the clock.
    state.setMark('i0', 'handled');
    state.draw(elements.get('i0')!, items.get('i0')!, false, true, options);
    expect(reader.of(elements.get('i0')!)).toMatchObject({ sla: null, mark: 'handled' });
    state.dispose();
    expect(intervals).toHaveLength(0);
  });

  it('a hidden badge (badges off) is not watched', () => {
    let runs = 0;
    const intervals: (() => void)[] = [];
    const win = { setInterval: (run: () => void) => intervals.push(run), clearInterval: () => {} } as unknown as Window;
    let now = START;
    const state = createBadgeState(
      win,
      () => (runs += 1),
      () => now,
    );
    state.draw(document.createElement('article'), tracked('a', 0), false, false, options);
    now += 2 * 60 * MIN;
    intervals[0]!();
    expect(runs).toBe(0);
  });
});
