import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { ContentScriptContext } from '#imports';
import type { Platform } from '@/lib/model/social-item';
import { statusQuery } from '@/lib/queries/system';

export function PanelApp({ platform }: { platform: Platform; ctx: ContentScriptContext }) {
  const [open, setOpen] = useState(true);
  const status = useQuery(statusQuery());
  if (!open)
    return (
      <button
        type="button"
        data-testid="careside-tab"
        onClick={() => setOpen(true)}
        className="fixed right-0 top-1/3 rounded-l-md bg-blue-700 px-2 py-3 text-xs font-semibold text-white"
      >
        CareSide
      </button>
    );
  return (
    <aside
      data-testid="careside-panel"
      aria-label="CareSide"
      className="fixed right-3 top-16 w-[360px] rounded-lg border border-slate-200 bg-white p-3 font-sans text-sm text-slate-900 shadow-xl"
    >
      <header className="flex items-center justify-between">
        <h2 className="font-semibold">CareSide · {platform === 'x' ? 'X' : 'Facebook'}</h2>
        <button type="button" aria-label="Collapse" onClick={() => setOpen(false)}>
          ›
        </button>
      </header>
      <p data-testid="careside-status">{status.isSuccess ? `Ready ${status.data.version}` : '…'}</p>
    </aside>
  );
}
