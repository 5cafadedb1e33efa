/**
 * Which item elements have stayed on screen long enough to deserve a badge. Drawing badges only for
 * items the user actually looks at keeps fast scrolling cheap: every inserted badge costs the site a
 * style and layout pass. One timer for all elements, not one per item. An item that comes on screen
 * while the page is still (page load, a pause) is looked at already: it needs no wait.
 */
export interface DwellTracker {
  enter(el: Element, now: number, still?: boolean): void;
  leave(el: Element): void;
  has(el: Element): boolean;
  dispose(): void;
}

export const BADGE_DWELL_MS = 150;

export function createDwellTracker(
  win: Window,
  onDwell: (el: Element) => void,
  dwellMs = BADGE_DWELL_MS,
): DwellTracker {
  const entered = new Map<Element, number>();
  const dwelled = new WeakSet<Element>();
  let timer: number | undefined;

  const check = (): void => {
    timer = undefined;
    const now = Date.now();
    for (const [el, since] of entered) {
      if (now - since < dwellMs) continue;
      entered.delete(el);
      dwelled.add(el);
      onDwell(el);
    }
    if (entered.size > 0) timer = win.setTimeout(check, dwellMs);
  };

  return {
    enter(el, now, still = false) {
      if (dwelled.has(el) || entered.has(el)) return;
      if (still) {
        dwelled.add(el);
        onDwell(el);
        return;
      }
      entered.set(el, now);
      timer ??= win.setTimeout(check, dwellMs);
    },
    leave(el) {
      entered.delete(el);
    },
    has: (el) => dwelled.has(el),
    dispose() {
      if (timer !== undefined) win.clearTimeout(timer);
      entered.clear();
    },
  };
}
