/**
 * Puts a reply into the site's own editor without ever sending it. Strategy chain, each step
 * verified: synthetic paste (Draft.js and Lexical read clipboardData) → execCommand('insertText')
 * → Lexical beforeinput. If none sticks, the text goes to the clipboard for a manual paste.
 * Never innerHTML/textContent (the editor state would desync), never Enter/Send.
 */
import type { PlatformAdapter } from '@/lib/platforms/types';
import type { InsertResult } from '@/lib/shared/model/queue';

type Strategy = 'paste' | 'execCommand' | 'beforeinput';

const normalise = (text: string): string => text.replace(/\s+/g, ' ').trim();

function editorText(box: HTMLElement): string {
  return normalise((box as HTMLTextAreaElement).value ?? box.innerText ?? box.textContent ?? '');
}

const nextFrame = (win: Window): Promise<void> =>
  new Promise((resolve) =>
    typeof win.requestAnimationFrame === 'function'
      ? win.requestAnimationFrame(() => resolve())
      : setTimeout(resolve, 16),
  );

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Focus and put the caret at the very end (after any @mention chip), as a user clicking there would. */
async function placeCaretAtEnd(box: HTMLElement): Promise<void> {
  const doc = box.ownerDocument;
  const win = doc.defaultView ?? window;
  box.focus();
  const selection = win.getSelection?.();
  if (selection) {
    const range = doc.createRange();
    range.selectNodeContents(box);
    range.collapse(false);
    selection.removeAllRanges();
    selection.addRange(range);
  }
  // Draft and Lexical sync their selection from selectionchange, which fires asynchronously.
  await nextFrame(win);
}

function apply(strategy: Strategy, box: HTMLElement, text: string): void {
  const doc = box.ownerDocument;
  const win = (doc.defaultView ?? window) as Window & typeof globalThis;
  if (strategy === 'paste') {
    const data = new win.DataTransfer();
    data.setData('text/plain', text);
    box.dispatchEvent(new win.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  } else if (strategy === 'execCommand') {
    doc.execCommand('insertText', false, text);
  } else {
    box.dispatchEvent(
      new win.InputEvent('beforeinput', {
        inputType: 'insertText',
        data: text,
        bubbles: true,
        cancelable: true,
        composed: true,
      }),
    );
    box.dispatchEvent(
      new win.InputEvent('input', { inputType: 'insertText', data: text, bubbles: true, composed: true }),
    );
  }
}

interface Verification {
  textPresent: boolean;
  accepted: boolean;
}

async function verify(
  adapter: PlatformAdapter,
  box: HTMLElement,
  text: string,
  timeoutMs = 500,
): Promise<Verification> {
  const wanted = normalise(text);
  const start = Date.now();
  let textPresent: boolean;
  do {
    textPresent = editorText(box).includes(wanted);
    const buttonOk = adapter.postButtonEnabled ? adapter.postButtonEnabled(box) : true;
    if (textPresent && buttonOk) return { textPresent, accepted: true };
    await sleep(25);
  } while (Date.now() - start < timeoutMs);
  return { textPresent, accepted: false };
}

export async function copyToClipboard(doc: Document, text: string): Promise<boolean> {
  try {
    await doc.defaultView?.navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Clipboard API needs focus/permission; fall back to a throwaway textarea + copy.
    const area = doc.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.cssText = 'position:fixed;opacity:0;top:0;left:0;width:1px;height:1px';
    doc.body.appendChild(area);
    area.select();
    let ok: boolean;
    try {
      ok = doc.execCommand('copy');
    } catch {
      ok = false;
    }
    area.remove();
    return ok;
  }
}

async function clipboardFallback(doc: Document, text: string, reason: string): Promise<InsertResult> {
  const copied = await copyToClipboard(doc, text);
  return copied
    ? {
        ok: false,
        method: 'clipboard',
        message: `${reason} The reply is in your clipboard: click the reply box and press Ctrl/Cmd+V.`,
      }
    : {
        ok: false,
        method: 'none',
        message: `${reason} Copying to the clipboard failed too: copy the reply from the panel.`,
      };
}

export async function insertIntoReplyBox(
  adapter: PlatformAdapter,
  itemEl: Element,
  text: string,
): Promise<InsertResult> {
  const doc = itemEl.ownerDocument;
  let box: HTMLElement | null;
  try {
    box = await adapter.openReplyBox(itemEl);
  } catch {
    box = null;
  }
  if (!box || !adapter.isReplyBoxReady(box)) return clipboardFallback(doc, text, 'The reply box did not open.');
  const isLexical = box.getAttribute('data-lexical-editor') === 'true';
  const chain: Strategy[] = isLexical ? ['paste', 'execCommand', 'beforeinput'] : ['paste', 'execCommand'];
  for (const strategy of chain) {
    await placeCaretAtEnd(box);
    try {
      apply(strategy, box, text);
    } catch {
      continue;
    }
    const result = await verify(adapter, box, text);
    if (result.accepted) return { ok: true, method: strategy };
    // Text visible but the site didn't register it: another strategy would only duplicate it.
    if (result.textPresent) {
      return clipboardFallback(
        doc,
        text,
        'The text is in the box but the site did not register it (the Post button stayed off).',
      );
    }
  }
  return clipboardFallback(doc, text, 'Automatic insertion did not work on this page.');
}
