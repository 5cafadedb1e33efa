/**
 * Test-only reading of CareSide's in-feed badges. Their content is in closed shadow roots: neither the site's
 * scripts nor Playwright's locators can enter them. The DevTools protocol can: DOM.getDocument with pierce:true
 * returns closed shadow roots too, so the tests read a badge the way the browser itself sees it.
 */
import { expect, type CDPSession, type Page } from '@playwright/test';

interface CdpNode {
  nodeId: number;
  backendNodeId: number;
  nodeType: number;
  nodeName: string;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: (CdpNode & { shadowRootType?: string })[];
}

export interface PageBadge {
  /** The item element's data-careside-id. */
  itemId: string;
  visible: boolean;
  text: string;
  /** The button's accessible name (aria-label). */
  label: string;
  tone: string;
  urgent: boolean;
  handled: boolean;
  /** handled / escalated / waiting, from the background's database; '' without one. */
  mark: string;
  /** on_time / due_soon / late, and the words the badge shows for it ('' when none). */
  sla: string;
  slaText: string;
  sentiment: string;
  monitored: boolean;
  shadowRootType: string;
  /** The button, for DOM.* calls. */
  backendNodeId: number;
}

const attrs = (node: CdpNode): Record<string, string> => {
  const out: Record<string, string> = {};
  const list = node.attributes ?? [];
  for (let i = 0; i + 1 < list.length; i += 2) out[list[i]] = list[i + 1];
  return out;
};
const textOf = (node: CdpNode): string =>
  node.nodeType === 3 ? (node.nodeValue ?? '') : (node.children ?? []).map(textOf).join('');

function findAll(node: CdpNode, match: (node: CdpNode) => boolean, out: CdpNode[] = []): CdpNode[] {
  if (match(node)) out.push(node);
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) findAll(child, match, out);
  return out;
}

async function withCdp<T>(page: Page, run: (cdp: CDPSession) => Promise<T>): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    return await run(cdp);
  } finally {
    await cdp.detach().catch(() => {});
  }
}

function badgesIn(root: CdpNode): PageBadge[] {
  const out: PageBadge[] = [];
  const visit = (node: CdpNode, itemId: string | undefined): void => {
    const a = attrs(node);
    const id = a['data-careside-id'] ?? itemId;
    if ('data-careside-badge-host' in a && id) {
      const shadow = node.shadowRoots?.[0];
      const button = shadow && findAll(shadow, (n) => n.nodeName === 'BUTTON')[0];
      const frame = shadow && findAll(shadow, (n) => attrs(n).class === 'frame')[0];
      if (shadow && button && frame) {
        const b = attrs(button);
        out.push({
          itemId: id,
          visible: !('hidden' in b),
          text: textOf(button),
          label: b['aria-label'] ?? '',
          tone: b['data-tone'] ?? '',
          urgent: b['data-urgent'] === 'true',
          handled: b['data-handled'] === 'true',
          mark: b['data-mark'] ?? '',
          sla: b['data-sla'] ?? '',
          slaText: b['data-sla-text'] ?? '',
          sentiment: b['data-sentiment'] ?? '',
          monitored: attrs(frame)['data-monitored'] === 'true',
          shadowRootType: shadow.shadowRootType ?? '',
          backendNodeId: button.backendNodeId,
        });
      }
    }
    for (const child of node.children ?? []) visit(child, id);
  };
  visit(root, undefined);
  return out;
}

/** Every badge host on the page, with what its closed shadow root shows. */
export function readBadges(page: Page): Promise<PageBadge[]> {
  return withCdp(page, async (cdp) => {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    return badgesIn(root);
  });
}

/** The badge of one item, or undefined when it has none (yet). */
export async function badgeOf(page: Page, itemId: string): Promise<PageBadge | undefined> {
  return (await readBadges(page)).find((badge) => badge.itemId === itemId);
}

/** Waits until the item's badge shows and matches `expected`; returns it. */
export async function expectBadge(page: Page, itemId: string, expected: Partial<PageBadge> = {}): Promise<PageBadge> {
  let last: PageBadge | undefined;
  await expect
    .poll(async () => {
      last = await badgeOf(page, itemId);
      return last?.visible === true && Object.entries(expected).every(([k, v]) => last![k as keyof PageBadge] === v);
    })
    .toBe(true)
    .catch((error: Error) => {
      throw new Error(
        `${error.message}\nbadge of ${itemId}: ${JSON.stringify(last)}; expected ${JSON.stringify(expected)}`,
      );
    });
  return last!;
}

/** Scrolls the item's badge into view and clicks it with the mouse, where a user would. */
export async function clickBadge(page: Page, itemId: string): Promise<void> {
  const badge = await expectBadge(page, itemId);
  const { x, y } = await withCdp(page, async (cdp) => {
    await cdp.send('DOM.getDocument', { depth: 0 });
    await cdp.send('DOM.scrollIntoViewIfNeeded', { backendNodeId: badge.backendNodeId });
    const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: badge.backendNodeId })) as {
      model: { content: number[] };
    };
    const [x1, y1, , , x3, y3] = model.content;
    return { x: (x1 + x3) / 2, y: (y1 + y3) / 2 };
  });
  await page.mouse.click(x, y);
}

/** Gives the badge's button the keyboard focus (as Tab would), through the protocol. */
export async function focusBadge(page: Page, itemId: string): Promise<void> {
  const badge = await expectBadge(page, itemId);
  await withCdp(page, async (cdp) => {
    await cdp.send('DOM.getDocument', { depth: 0 });
    await cdp.send('DOM.focus', { backendNodeId: badge.backendNodeId });
  });
}

/** The badge button's role and accessible name as the browser's accessibility tree has them. */
export async function badgeAccessibility(
  page: Page,
  itemId: string,
): Promise<{ role: string; name: string; focusable: boolean }> {
  const badge = await expectBadge(page, itemId);
  return withCdp(page, async (cdp) => {
    await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodes } = (await cdp.send('Accessibility.getPartialAXTree', {
      backendNodeId: badge.backendNodeId,
      fetchRelatives: false,
    })) as {
      nodes: {
        role?: { value: string };
        name?: { value: string };
        properties?: { name: string; value: { value: unknown } }[];
      }[];
    };
    const node = nodes[0];
    return {
      role: String(node?.role?.value ?? ''),
      name: String(node?.name?.value ?? ''),
      focusable: node?.properties?.some((p) => p.name === 'focusable' && p.value.value === true) ?? false,
    };
  });
}
