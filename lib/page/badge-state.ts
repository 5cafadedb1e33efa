/**
 * What a badge shows beyond what the page read: the item's mark from the background's database (handled,
 * escalated, waiting on a follow-up) and its state against the response target, which moves as time passes.
 *
 * Time is kept by ONE coarse clock for the whole page, not a timer per item: each drawn badge registers when its
 * SLA state next changes, and every minute the clock re-draws only the badges whose moment has come (a pass over
 * the registered times, no DOM and no layout read for the others).
 */
import type { ItemMark } from '@/lib/shared/model/queue';
import { badgeSla, type BadgeSla } from '@/lib/shared/triage/badge-sla';
import { markItemElement } from './mark-item';
import type { PageItemState, RuntimeOptions } from './types';

export const SLA_TICK_MS = 60_000;

export interface BadgeState {
  markOf(id: string): ItemMark | null;
  setMark(id: string, mark: ItemMark | null): void;
  /** Marks the item's element and draws its badge as of now; registers when its SLA state changes next. */
  draw(el: Element, tracked: PageItemState, own: boolean, badges: boolean, options: RuntimeOptions): void;
  /** Navigation: the items are gone (marks stay: they are the database's, and come back with the items). */
  clear(): void;
  dispose(): void;
}

export function createBadgeState(win: Window, redraw: (id: string) => void, now = () => Date.now()): BadgeState {
  const marks = new Map<string, ItemMark>();
  const due = new Map<string, number>();
  const tick = (): void => {
    if (due.size === 0) return;
    const at = now();
    const ids: string[] = [];
    for (const [id, changesAt] of due) if (changesAt <= at) ids.push(id);
    for (const id of ids) {
      due.delete(id);
      redraw(id);
    }
  };
  const timer = win.setInterval(tick, SLA_TICK_MS);
  return {
    markOf: (id) => marks.get(id) ?? null,
    setMark(id, mark) {
      if (mark) marks.set(id, mark);
      else marks.delete(id);
    },
    draw(el, tracked, own, badges, { slaMinutes, labels }) {
      const { id, createdAt, createdAtApproximate } = tracked.item;
      const mark = marks.get(id) ?? null;
      // An item with a mark has been answered: no SLA state. Nor without a target.
      const sla: BadgeSla | null =
        mark || !(slaMinutes > 0) ? null : badgeSla(createdAt, createdAtApproximate, now(), slaMinutes);
      const shows = markItemElement(el, tracked, { own, badges, mark, sla, slaMinutes, strings: labels });
      if (shows && sla?.changesAt != null) due.set(id, sla.changesAt);
      else due.delete(id);
    },
    clear: () => due.clear(),
    dispose: () => {
      win.clearInterval(timer);
      due.clear();
    },
  };
}
