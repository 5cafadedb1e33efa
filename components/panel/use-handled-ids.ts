import { useEffect, useMemo, useRef, useState } from 'react';
import { sendMessage } from '@/lib/shared/messaging/client';
import type { Platform } from '@/lib/shared/model/social-item';
import { dataRevision } from '@/lib/shared/revision';

const MAX_IDS_PER_ASK = 500;

/**
 * Items handled in this session plus those the log already has (from earlier sessions or another tab),
 * so a handled comment never comes back as open. Ids are asked about once, in batches, as they appear:
 * a long scroll costs one small message per batch, not a query over every id on every change.
 * (Not React Query: this accumulates answers for a growing set of ids.)
 */
export function useHandledIds(platform: Platform, itemIds: readonly string[]) {
  const [session, setSession] = useState<ReadonlySet<string>>(new Set());
  const [logged, setLogged] = useState<ReadonlySet<string>>(new Set());
  const [backgroundError, setBackgroundError] = useState(false);
  const asked = useRef(new Set<string>());
  /** The log changed elsewhere: the next answer replaces what we knew instead of adding to it. */
  const stale = useRef(false);
  const [revision, setRevision] = useState(0);

  // Another tab (or the dashboard's import/wipe) changed the log: ask again about what is on screen.
  useEffect(
    () =>
      dataRevision.watch(() => {
        asked.current.clear();
        stale.current = true;
        setRevision((value) => value + 1);
      }),
    [],
  );

  useEffect(() => {
    const fresh = itemIds.filter((id) => !asked.current.has(id)).slice(0, MAX_IDS_PER_ASK);
    if (fresh.length === 0) return;
    fresh.forEach((id) => asked.current.add(id));
    const replace = stale.current;
    stale.current = false;
    sendMessage('getHandledIds', { platform, itemIds: fresh }).then(
      ({ handled }) => {
        setBackgroundError(false);
        // Usually nothing on screen was handled before: keep the same set, so the panel doesn't re-render.
        if (handled.length === 0 && !replace) return;
        setLogged((previous) => new Set([...(replace ? [] : previous), ...handled]));
      },
      () => {
        fresh.forEach((id) => asked.current.delete(id));
        setBackgroundError(true);
      },
    );
  }, [itemIds, platform, revision]);

  const handled = useMemo(() => new Set([...logged, ...session]), [logged, session]);
  return {
    handled,
    backgroundError,
    add: (id: string) => setSession((current) => new Set(current).add(id)),
  };
}
