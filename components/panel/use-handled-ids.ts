import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { Platform } from '@/lib/model/social-item';
import { sendMessage } from '@/lib/messaging/client';

/**
 * Items handled in this session plus those the log already has from earlier sessions, so a handled
 * comment never comes back as open after a reload.
 */
export function useHandledIds(platform: Platform, itemIds: string[]) {
  const [session, setSession] = useState<string[]>([]);
  const sortedIds = useMemo(() => [...itemIds].sort(), [itemIds]);
  const earlier = useQuery({
    queryKey: ['handledIds', platform, sortedIds],
    queryFn: () => sendMessage('getHandledIds', { platform, itemIds: sortedIds }),
    enabled: sortedIds.length > 0,
    placeholderData: (previous) => previous,
  });
  const handled = useMemo(() => new Set([...(earlier.data?.handled ?? []), ...session]), [earlier.data, session]);
  return {
    handled,
    backgroundError: earlier.isError,
    add: (id: string) => setSession((current) => (current.includes(id) ? current : [...current, id])),
  };
}
