/**
 * The panel's frame on the page: our own extension page (panel.html) in an iframe, inside a closed shadow root.
 * The site can see that a frame is there, but not into it (another origin) nor into the shadow root. The frame
 * is sized and docked as the panel asks (side, collapsed to a tab, the height of what it shows).
 */
import { browser } from 'wxt/browser';
import type { FrameLayout } from '@/lib/shared/messaging/ports';
import type { Platform } from '@/lib/shared/model/social-item';

export const FRAME_HOST_ATTR = 'data-careside-frame';
const TOP = 56;
const EDGE = 12;
const BOTTOM = 16;

export interface PanelFrame {
  setLayout(layout: FrameLayout): void;
  /** Moves the keyboard focus into the panel (Esc in the reply box, the toggle shortcut). */
  focus(): void;
  remove(): void;
}

export function mountPanelFrame(doc: Document, platform: Platform): PanelFrame {
  const host = doc.createElement('div');
  host.setAttribute(FRAME_HOST_ATTR, '');
  // Out of the site's layout and stacking: fixed, on top, and nothing inherited from the site's CSS.
  host.style.cssText = 'all:initial;position:fixed;inset:0 auto auto 0;width:0;height:0;z-index:2147483000';
  const root = host.attachShadow({ mode: 'closed' });
  const frame = doc.createElement('iframe');
  frame.src = `${browser.runtime.getURL('/panel.html')}?platform=${platform}`;
  frame.title = 'CareSide';
  frame.setAttribute('allow', 'clipboard-write');
  frame.style.cssText = `position:fixed;top:${TOP}px;right:${EDGE}px;width:360px;height:0;border:0;background:transparent;color-scheme:normal;display:block`;
  root.append(frame);
  doc.documentElement.append(host);

  return {
    setLayout({ side, collapsed, width, height }) {
      const style = frame.style;
      style.width = `${Math.ceil(width)}px`;
      // The window's height caps the panel through CSS, so resizing the window needs no script.
      style.height = `${Math.ceil(height)}px`;
      style.maxHeight = collapsed ? 'none' : `calc(100vh - ${TOP + BOTTOM}px)`;
      // Collapsed: a slim tab on the page's edge, a third of the way down; open: below the site's top bar.
      style.top = collapsed ? '33vh' : `${TOP}px`;
      style.left = side === 'left' ? (collapsed ? '0' : `${EDGE}px`) : 'auto';
      style.right = side === 'right' ? (collapsed ? '0' : `${EDGE}px`) : 'auto';
    },
    focus: () => frame.focus(),
    remove: () => host.remove(),
  };
}
