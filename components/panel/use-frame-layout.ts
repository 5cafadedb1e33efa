import { useLayoutEffect, useRef } from 'react';
import type { PanelLink } from './remote-runtime';

/**
 * The panel's frame on the page takes the size of what the panel shows (the page script caps the height at
 * the window's and the frame's document scrolls past that), so the rest of the page stays clickable.
 */
export function useFrameLayout(link: PanelLink, side: 'left' | 'right', collapsed: boolean) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const box = ref.current?.firstElementChild as HTMLElement | null | undefined;
    if (!box) return;
    const report = () => link.setLayout({ side, collapsed, width: box.offsetWidth, height: box.offsetHeight });
    report();
    const observer = new ResizeObserver(report);
    observer.observe(box);
    return () => observer.disconnect();
  }, [link, side, collapsed]);
  return ref;
}
