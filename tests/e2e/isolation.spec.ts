/**
 * The site's own JavaScript must not read the panel: the queue, the suggested replies (with the customer's
 * name), the user's draft or a hand-off note; nor what a badge in its feed says (category, urgency, handled).
 * The page's scripts run in the page's main world, which is where page.evaluate and addInitScript run; they
 * try every way we know.
 */
import { clickBadge, expectBadge, focusBadge, readBadges } from './badges';
import { expect, test } from './fixtures';
import { handleItem, panelFrame, replicaUrl, selectRow } from './helpers';

const DRAFT = 'Bozza riservata 7Q4Z: ti richiamo io';
const NOTE = 'Nota interna K9X2 per la fatturazione';

/**
 * Installed before the site loads: listens to every message, records every node added and every attribute set,
 * every event path a badge's events show it, and wraps attachShadow to catch any shadow root made on the page.
 */
function spy(): void {
  const seen: string[] = [];
  const roots: ShadowRoot[] = [];
  const paths: string[][] = [];
  Object.assign(window, { __seen: seen, __roots: roots, __paths: paths });
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    roots.push(root);
    return root;
  };
  window.addEventListener('message', (event) => seen.push(`message:${JSON.stringify(event.data)}`), true);
  const describe = (node: EventTarget) =>
    node instanceof Element ? `${node.outerHTML.slice(0, 300)}|shadow:${String(node.shadowRoot)}` : String(node);
  for (const type of ['focusin', 'click', 'pointerdown', 'keydown', 'keyup']) {
    window.addEventListener(
      type,
      (event) => {
        const path = event.composedPath().map(describe);
        paths.push(path);
        seen.push(`${type}:${path.join(' > ')}`);
      },
      true,
    );
  }
  new MutationObserver((records) => {
    for (const record of records) {
      record.addedNodes.forEach((node) => seen.push(`added:${(node as Element).outerHTML ?? node.textContent ?? ''}`));
      if (record.type === 'attributes' && record.target instanceof Element)
        seen.push(`attr:${record.attributeName}=${record.target.getAttribute(record.attributeName!) ?? ''}`);
    }
  }).observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
}

/** Everything the page can reach right now: DOM, open shadow roots, frames, selection, the focused element. */
function harvest(): string[] {
  const out: string[] = [...((window as unknown as { __seen?: string[] }).__seen ?? [])];
  out.push(document.documentElement.outerHTML, document.body.innerText);
  const walk = (root: Document | ShadowRoot): void => {
    root.querySelectorAll('*').forEach((el) => {
      const shadow = el.shadowRoot ?? (el as Element & { openOrClosedShadowRoot?: ShadowRoot }).openOrClosedShadowRoot;
      if (shadow) {
        out.push(shadow.innerHTML);
        walk(shadow);
      }
      if (el instanceof HTMLIFrameElement) {
        try {
          out.push(el.contentDocument?.documentElement.outerHTML ?? '');
        } catch (error) {
          out.push(`iframe refused: ${String(error)}`);
        }
      }
    });
  };
  walk(document);
  for (let i = 0; i < window.frames.length; i++) {
    try {
      out.push(window.frames[i].document.documentElement.outerHTML);
    } catch {
      out.push('frame refused');
    }
  }
  out.push(String(document.getSelection()), document.activeElement?.outerHTML ?? '');
  // A badge: its host, every property that could lead inside, and the text a select-all would copy.
  for (const host of Array.from(document.querySelectorAll('[data-careside-badge-host]'))) {
    const el = host as HTMLElement;
    out.push(el.outerHTML, el.innerText, String(el.textContent), String(el.shadowRoot), el.getAttributeNames().join());
    out.push(String(el.parentElement?.innerText), el.parentElement?.getAttributeNames().join() ?? '');
    out.push(el.getHTML?.({ serializableShadowRoots: true }) ?? '');
  }
  for (const root of (window as unknown as { __roots: ShadowRoot[] }).__roots) out.push(root.innerHTML);
  const selection = document.getSelection()!;
  selection.selectAllChildren(document.body);
  out.push(selection.toString());
  selection.removeAllRanges();
  return out;
}

for (const name of ['x-status-it', 'facebook-post-it']) {
  test(`${name}: the page's own scripts find nothing of the panel`, async ({ page }) => {
    await page.addInitScript(spy);
    await page.goto(replicaUrl(name));
    const ui = await panelFrame(page);
    const row = ui.locator('[data-careside-row]').first();
    await expect(row).toBeVisible();
    const id = (await row.getAttribute('data-careside-row'))!;
    await selectRow(page, id);
    const suggestion = (await ui.getByTestId('careside-suggestions').locator('li').first().innerText()).trim();
    await ui.getByTestId('careside-draft').fill(DRAFT);
    await ui.getByTestId('careside-escalate').click();
    // What the user promises the department, and the generated hand-off note for it.
    await ui.getByTestId('careside-escalate-form').locator('textarea').first().fill(NOTE);
    const handoff = (await ui.getByTestId('careside-handoff').inputValue()).split('\n')[0];
    expect(handoff).toContain('CareSide hand-off');
    // Select text in the panel, and leave the focus there: neither may show through to the page.
    await ui.getByTestId('careside-handoff').selectText();

    const reachable = (await page.evaluate(harvest)).join('\n');
    // The harvest does see the page: the comment itself is the site's own content.
    const comment = (await page.locator(`[data-careside-id="${id}"]`).first().innerText())
      .split('\n')
      .find((line) => line.length > 20)!;
    expect(reachable).toContain(comment.trim());
    expect(reachable).not.toContain(DRAFT);
    expect(reachable).not.toContain(NOTE);
    expect(reachable).not.toContain(suggestion.slice(0, 40));
    expect(reachable).not.toContain('CareSide hand-off');
    // The queue: the panel's own labels and rows are nowhere in the page's reach.
    expect(reachable).not.toMatch(/data-careside-row|careside-queue|careside-detail/);
    // The frame is there (the page can tell), but it is another origin: reading it is refused.
    expect(reachable).not.toContain('careside-panel');
  });
}

for (const name of ['x-status-it', 'facebook-post-it']) {
  test(`${name}: the page's own scripts can't read what a badge says, even when it is clicked or focused`, async ({
    page,
  }) => {
    await page.addInitScript(spy);
    await page.goto(replicaUrl(name));
    const ui = await panelFrame(page);
    const rows = ui.locator('[data-careside-row]');
    await expect(rows.nth(1)).toBeVisible();
    const [handledId, clickedId] = await Promise.all([0, 1].map((i) => rows.nth(i).getAttribute('data-careside-row')));
    await handleItem(page, handledId!);
    for (const id of [handledId!, clickedId!])
      await page.locator(`[data-careside-id="${id}"]`).scrollIntoViewIfNeeded();
    await expectBadge(page, handledId!, { handled: true });
    await clickBadge(page, clickedId!);
    await expect(ui.getByTestId('careside-detail')).toHaveAttribute('data-item-id', clickedId!);
    await focusBadge(page, handledId!);
    await page.keyboard.press('Shift');
    const badges = (await readBadges(page)).filter((badge) => badge.visible);
    expect(badges.length).toBeGreaterThan(1);

    const state = await page.evaluate(() => {
      const w = window as unknown as { __roots: ShadowRoot[]; __paths: string[][] };
      const hosts = Array.from(document.querySelectorAll('[data-careside-badge-host]'));
      return {
        hosts: hosts.length,
        openRoots: hosts.filter((host) => host.shadowRoot !== null).length,
        caughtRoots: w.__roots.length,
        // The deepest node the page's listeners saw for events from a badge: the host itself.
        deepest: w.__paths
          .filter((path) => path.some((node) => node.includes('data-careside-badge-host')))
          .map((path) => path[0]),
        active: document.activeElement?.outerHTML ?? '',
      };
    });
    expect(state.hosts).toBeGreaterThanOrEqual(badges.length);
    expect(state.openRoots).toBe(0);
    expect(state.caughtRoots).toBe(0);
    expect(state.deepest.length).toBeGreaterThan(0);
    for (const node of state.deepest) expect(node).toMatch(/^<span data-careside-badge-host=""><\/span>\|shadow:null$/);
    expect(state.active).toBe('<span data-careside-badge-host=""></span>');

    const reachable = (await page.evaluate(harvest)).join('\n');
    expect(reachable).toContain('data-careside-badge-host');
    for (const badge of badges) {
      expect(reachable).not.toContain(badge.label);
      // A bare category word may be the site's own text; a badge's own marks (!, ✓, ·) are not.
      if (/[!✓·]/.test(badge.text)) expect(reachable).not.toContain(badge.text);
    }
    expect(reachable).not.toMatch(
      /CareSide:|Open in panel|Apri nel pannello|data-tone|data-handled|data-urgent|data-monitored|data-highlight/,
    );
    // Nor the item's age against the target, its tone or its mark (page-state.spec.ts).
    expect(reachable).not.toMatch(
      /data-sla|data-mark|data-sentiment|in ritardo|in scadenza|tono (negativo|neutro|positivo)/,
    );
    expect(reachable).not.toMatch(/data-careside-(category|handled|urgent)/);
  });
}
