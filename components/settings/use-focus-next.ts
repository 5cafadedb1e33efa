import { useEffect, useRef } from 'react';

/**
 * Moves keyboard focus to an element once the next render has put it in the DOM: after "add" the
 * new row's first field, after "remove" the add button (focus must not fall back to <body>).
 */
export function useFocusNext(): (elementId: string) => void {
  const pending = useRef<string | null>(null);
  useEffect(() => {
    if (!pending.current) return;
    document.getElementById(pending.current)?.focus();
    pending.current = null;
  });
  return (elementId) => {
    pending.current = elementId;
  };
}
