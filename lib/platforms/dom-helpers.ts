/** Small DOM helpers shared by the platform adapters. Selectors are passed in by the adapters. */

/** First element matching any selector in an ordered fallback list. */
export function queryFirst(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

/** All elements matching the first selector in the list that matches anything. */
export function queryAllFirst(root: ParentNode, selectors: readonly string[]): Element[] {
  for (const selector of selectors) {
    const found = root.querySelectorAll(selector);
    if (found.length > 0) return Array.from(found);
  }
  return [];
}

/**
 * Every element matching any selector in the list. For item containers: on a page where only some items lost
 * their preferred attribute, "the first selector that matches anything" would silently drop the others.
 */
export function queryAllUnion(root: ParentNode, selectors: readonly string[]): Element[] {
  return Array.from(root.querySelectorAll(selectors.join(', ')));
}

export function closestFirst(el: Element, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = el.closest(selector);
    if (found) return found;
  }
  return null;
}

export interface ReadTextOptions {
  /** Subtrees whose text is UI, not content (buttons, our own badges). */
  skip: (el: Element) => boolean;
}

/** Visible text of a content element: emoji come from img alt, links as shown, <br> as newline. */
export function readVisibleText(root: Element, options: ReadTextOptions): string {
  let out = '';
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      out += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (options.skip(el)) return;
    const tag = el.tagName;
    if (tag === 'IMG') {
      out += el.getAttribute('alt') ?? '';
      return;
    }
    if (tag === 'BR') {
      out += '\n';
      return;
    }
    // X hides the "https://" of shown links with inline display:none.
    if (/display:\s*none/.test(el.getAttribute('style') ?? '')) return;
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child);
  };
  walk(root);
  return out
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .trim();
}

/** Polls fn every animation frame (or 16 ms) until it returns a value or the timeout passes. */
export function waitFor<T>(fn: () => T | null | undefined, timeoutMs: number): Promise<T | null> {
  return new Promise((resolve) => {
    const start = Date.now();
    const tick = (): void => {
      let value: T | null | undefined;
      try {
        value = fn();
      } catch {
        value = null;
      }
      if (value) return resolve(value);
      if (Date.now() - start > timeoutMs) return resolve(null);
      setTimeout(tick, 16);
    };
    tick();
  });
}

/** A real-looking click: pointer and mouse events, so React handlers on either fire. */
export function clickLikeUser(el: Element): void {
  const view = el.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  if (view) {
    const init = { bubbles: true, cancelable: true, composed: true, view } as MouseEventInit;
    if (typeof view.PointerEvent === 'function') el.dispatchEvent(new view.PointerEvent('pointerdown', init));
    el.dispatchEvent(new view.MouseEvent('mousedown', init));
    if (typeof view.PointerEvent === 'function') el.dispatchEvent(new view.PointerEvent('pointerup', init));
    el.dispatchEvent(new view.MouseEvent('mouseup', init));
  }
  (el as HTMLElement).click();
}

/** 'dark' when the colour's relative luminance is low; null when it is transparent or unparsable. */
export function themeFromColor(color: string): 'light' | 'dark' | null {
  const m = color.match(/rgba?\(\s*(\d+)[,\s]+(\d+)[,\s]+(\d+)(?:[,\s/]+([\d.]+))?/);
  if (!m) return null;
  if (m[4] !== undefined && Number(m[4]) === 0) return null;
  const [r, g, b] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const luminance = (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
  return luminance < 0.5 ? 'dark' : 'light';
}

/** Strips tracking parameters Facebook and X append to links. */
export function cleanUrl(href: string, base: string, keep: readonly string[] = []): string {
  try {
    const url = new URL(href, base);
    const kept = new URLSearchParams();
    for (const key of keep) {
      const value = url.searchParams.get(key);
      if (value !== null) kept.set(key, value);
    }
    url.search = kept.toString();
    url.hash = '';
    return url.toString();
  } catch {
    return href;
  }
}
