import type { KeyboardEvent } from 'react';
import { panelActionFor, type PanelAction } from '@/lib/shared/triage/keymap';

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Turns key presses inside the panel into panel actions; the site never sees them (isolateEvents). */
export function usePanelKeyboard(run: (action: PanelAction, event: KeyboardEvent) => void) {
  return (event: KeyboardEvent) => {
    const action = panelActionFor({
      key: event.key,
      ctrlKey: event.ctrlKey,
      metaKey: event.metaKey,
      altKey: event.altKey,
      typing: isTextField(event.target),
    });
    if (!action) return;
    event.preventDefault();
    run(action, event);
  };
}
