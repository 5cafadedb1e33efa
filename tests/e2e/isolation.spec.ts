/**
 * The site's own JavaScript must not read the panel: the queue, the suggested replies (with the customer's
 * name), the user's draft or a hand-off note. The page's scripts run in the page's main world, which is where
 * page.evaluate and addInitScript run; they try every way we know.
 */
import { expect, test } from './fixtures';
import { panelFrame, replicaUrl, selectRow } from './helpers';

const DRAFT = 'Bozza riservata 7Q4Z: ti richiamo io';
const NOTE = 'Nota interna K9X2 per la fatturazione';

/** Installed before the site loads: listens to every message and records every node added to the page. */
function spy(): void {
  const seen: string[] = [];
  (window as unknown as { __seen: string[] }).__seen = seen;
  window.addEventListener('message', (event) => seen.push(`message:${JSON.stringify(event.data)}`), true);
  document.addEventListener(
    'focusin',
    (event) => seen.push(`focus:${(event.target as Element)?.outerHTML ?? ''}`),
    true,
  );
  new MutationObserver((records) => {
    for (const record of records)
      record.addedNodes.forEach((node) => seen.push(`added:${(node as Element).outerHTML ?? node.textContent ?? ''}`));
  }).observe(document, { childList: true, subtree: true, characterData: true });
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
