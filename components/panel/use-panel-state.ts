import { useEffect, useState } from 'react';
import { storage } from '#imports';
import type { Platform } from '@/lib/shared/model/social-item';

export interface PanelState {
  collapsed: boolean;
  /** Overrides settings.tone.panelSide for this site when the user docks the panel elsewhere. */
  side?: 'left' | 'right';
}

const panelStateItem = storage.defineItem<Partial<Record<Platform, PanelState>>>('local:panelState', { fallback: {} });

/** Collapsed state and side, remembered per site. */
export function usePanelState(platform: Platform): [PanelState, (next: PanelState) => void] {
  const [state, setState] = useState<PanelState>({ collapsed: false });
  useEffect(() => {
    let alive = true;
    void panelStateItem.getValue().then((all) => alive && all[platform] && setState(all[platform]!));
    return () => {
      alive = false;
    };
  }, [platform]);
  const update = (next: PanelState) => {
    setState(next);
    void panelStateItem.getValue().then((all) => panelStateItem.setValue({ ...all, [platform]: next }));
  };
  return [state, update];
}
