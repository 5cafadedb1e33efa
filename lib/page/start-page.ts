/**
 * The page script's start: connect to the background, read the page with the site's adapter, frame the panel.
 * Only what must touch the page runs here; classifying, the queue and the panel live in extension contexts.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from '#imports';
import type { PlatformAdapter } from '@/lib/platforms/types';
import type { BackgroundToPage, PanelCommand } from '@/lib/shared/messaging/ports';
import { connectToBackground, type BackgroundLink } from './background-link';
import { mountPanelFrame, type PanelFrame } from './panel-frame';
import { readReport } from './read-report';
import { downloadSnapshot } from './save-snapshot';
import { startContentRuntime } from './runtime';
import { watchTheme } from './theme-watch';
import type { ContentRuntime, RuntimeOptions } from './types';

/** Items per message: a long feed read at once is sent in a few messages, not one huge one. */
const CHUNK = 500;

export function startPage(ctx: ContentScriptContext, adapter: PlatformAdapter) {
  const { signal } = ctx;
  let runtime: ContentRuntime | null = null;
  let frame: PanelFrame | null = null;
  /** CareSide moved the focus into a reply box (from the start of an insertion): Esc in a text box comes back. */
  let sentToReplyBox = false;

  const sendChanges = (): void => {
    if (!runtime) return;
    const { reset, upserts, visibility, unreadableCount, unreadableChanged } = runtime.takeChanges();
    if (!reset && upserts.length === 0 && visibility.length === 0 && !unreadableChanged) return;
    for (let start = 0; start < Math.max(upserts.length, 1); start += CHUNK) {
      const first = start === 0;
      link.post({
        type: 'items',
        reset: reset && first,
        upserts: upserts.slice(start, start + CHUNK),
        // Coming on or going off screen: a few numbers per item, not the whole item again.
        visibility: first ? visibility : [],
        unreadableCount,
      });
    }
  };

  const run = async (command: PanelCommand): Promise<void> => {
    if (!runtime || !frame) return;
    if (command.type === 'insertReply') {
      // Set before inserting: the focus is in the box as soon as the insertion starts, while the site's editor
      // may take a while to accept the text, and the user may press Esc in between.
      sentToReplyBox = true;
      const result = await runtime.insertReply(command.id, command.text);
      link.post({ type: 'inserted', request: command.request, result });
    } else if (command.type === 'reveal') runtime.reveal(command.id);
    else if (command.type === 'markHandled') runtime.markHandled(command.id);
    else if (command.type === 'layout') frame.setLayout(command.layout);
    else if (command.type === 'saveSnapshot') {
      let fileName = '';
      try {
        fileName = downloadSnapshot(adapter, browser.runtime.getManifest().version);
      } catch {
        // the panel says the snapshot failed
      }
      link.post({ type: 'snapshotSaved', request: command.request, fileName });
    }
  };

  const start = (options: RuntimeOptions): void => {
    runtime = startContentRuntime(adapter, signal, options);
    runtime.subscribe(sendChanges);
    runtime.onBadgeClick((id) => {
      frame?.focus();
      link.post({ type: 'badgeClick', id });
    });
    frame = mountPanelFrame(document, adapter.platform);
    signal.addEventListener('abort', () => frame?.remove(), { once: true });
    watchTheme(document, adapter.themeOf, (theme) => link.post({ type: 'theme', theme }), signal);
    sendChanges();
  };

  const onMessage = (message: BackgroundToPage): void => {
    if (message.type === 'config') {
      const { type: _config, ...options } = message;
      if (runtime) runtime.setOptions(options);
      else start(options);
    } else if (message.type === 'classified') runtime?.applyClassifications(message.results);
    else if (message.type === 'marks') runtime?.setMarks(message.marks);
    else if (message.type === 'toggle') frame?.focus();
    else if (message.type === 'command') void run(message.command);
  };

  const link: BackgroundLink = connectToBackground(
    { type: 'hello', platform: adapter.platform },
    onMessage,
    () => {
      runtime?.resendAll();
      sendChanges();
    },
    signal,
  );

  // Esc in the reply box CareSide filled: back to the panel, where the user was.
  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !sentToReplyBox || !frame) return;
    const active = document.activeElement as HTMLElement | null;
    if (!active || !(active.isContentEditable || active.tagName === 'TEXTAREA')) return;
    sentToReplyBox = false;
    frame.focus(); // the panel's root takes the frame's focus (PanelApp)
  };
  document.addEventListener('keydown', onKeyDown, true);
  signal.addEventListener('abort', () => document.removeEventListener('keydown', onKeyDown, true), { once: true });

  // `npm run read` (scripts/read.ts) asks what this page reads. Only the extension itself can message a page
  // script (tabs.sendMessage from the background).
  const onRuntimeMessage = (message: unknown, _sender: unknown, sendResponse: (response: unknown) => void) => {
    if ((message as { careside?: number; name?: string } | null)?.name === 'readReport')
      sendResponse(readReport(adapter, document));
  };
  browser.runtime.onMessage.addListener(onRuntimeMessage);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onRuntimeMessage), { once: true });
}
