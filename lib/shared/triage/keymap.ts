export type PanelAction =
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'pick'; index: number }
  | { type: 'insert' }
  | { type: 'copy' }
  | { type: 'handled' }
  | { type: 'escalate' }
  | { type: 'help' }
  | { type: 'escape' };

export interface KeyInput {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** True when focus is in a text field (the draft, a note): letters are text there, not commands. */
  typing: boolean;
}

/**
 * The panel's shortcut map. Letters and digits act only when the user is not typing, and never with
 * modifiers (Ctrl/Cmd+C must stay "copy the selection"). Esc always works: it leaves the field, then the panel.
 */
export function panelActionFor(input: KeyInput): PanelAction | undefined {
  if (input.key === 'Escape') return { type: 'escape' };
  if (input.typing || input.ctrlKey || input.metaKey || input.altKey) return undefined;
  switch (input.key) {
    case 'j':
    case 'J':
    case 'ArrowDown':
      return { type: 'next' };
    case 'k':
    case 'K':
    case 'ArrowUp':
      return { type: 'previous' };
    case '1':
    case '2':
    case '3':
      return { type: 'pick', index: Number(input.key) - 1 };
    case 'i':
    case 'I':
      return { type: 'insert' };
    case 'c':
    case 'C':
      return { type: 'copy' };
    case 'h':
    case 'H':
      return { type: 'handled' };
    case 'e':
    case 'E':
      return { type: 'escalate' };
    case '?':
      return { type: 'help' };
    default:
      return undefined;
  }
}
