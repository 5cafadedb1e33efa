/**
 * Test-only reading of CareSide's badges in happy-dom. Their content is in closed shadow roots, which no page
 * code can reach; here the test is the page's world (happy-dom has no isolated world for content scripts), so
 * wrapping attachShadow before the runtime starts records each root, with no hook in production code. In a real
 * browser the same wrapping by the site catches nothing: tests/e2e/isolation.spec.ts proves that.
 */
export interface BadgeView {
  host: Element;
  button: HTMLButtonElement;
  visible: boolean;
  text: string;
  label: string;
  tone: string | null;
  urgent: boolean;
  handled: boolean;
  /** handled / escalated / waiting, from the background's database; null without one. */
  mark: string | null;
  /** on_time / due_soon / late, and the words the badge shows for it; null when it shows none. */
  sla: string | null;
  slaText: string | null;
  sentiment: string | null;
  monitored: boolean;
  highlighted: boolean;
}

export interface BadgeReader {
  /** The badge inside an item element, or null when it has none. */
  of(item: Element): BadgeView | null;
  /** Every badge in the document whose button shows. */
  shown(): BadgeView[];
  restore(): void;
}

export function captureShadowRoots(): BadgeReader {
  const roots = new WeakMap<Element, ShadowRoot>();
  const original = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
    const root = original.call(this, init);
    roots.set(this, root);
    return root;
  };
  const view = (host: Element): BadgeView | null => {
    const root = roots.get(host);
    const button = root?.querySelector('button');
    const frame = root?.querySelector('.frame');
    if (!button || !frame) return null;
    return {
      host,
      button,
      visible: !button.hidden,
      text: button.textContent ?? '',
      label: button.getAttribute('aria-label') ?? '',
      tone: button.getAttribute('data-tone'),
      urgent: button.getAttribute('data-urgent') === 'true',
      handled: button.getAttribute('data-handled') === 'true',
      mark: button.getAttribute('data-mark'),
      sla: button.getAttribute('data-sla'),
      slaText: button.getAttribute('data-sla-text'),
      sentiment: button.getAttribute('data-sentiment'),
      monitored: frame.getAttribute('data-monitored') === 'true',
      highlighted: frame.getAttribute('data-highlight') === 'true',
    };
  };
  const hosts = (root: ParentNode) => Array.from(root.querySelectorAll(':scope [data-careside-badge-host]'));
  return {
    of: (item) => {
      const host = hosts(item).find((candidate) => candidate.parentElement === item);
      return host ? view(host) : null;
    },
    shown: () =>
      hosts(document)
        .map(view)
        .filter((badge): badge is BadgeView => badge?.visible === true),
    restore: () => {
      Element.prototype.attachShadow = original;
    },
  };
}
