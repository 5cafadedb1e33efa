import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { dataRevision, seenRevision } from '@/lib/shared/revision';

/**
 * Invalidates every query when the background reports a database write. `includeSeen` also follows
 * seen-item writes (the dashboard's response rate); the side panel doesn't need them.
 */
export function useRevisionInvalidation({ includeSeen = false } = {}): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const invalidate = () => void queryClient.invalidateQueries();
    const stops = [dataRevision.watch(invalidate), ...(includeSeen ? [seenRevision.watch(invalidate)] : [])];
    return () => stops.forEach((stop) => stop());
  }, [queryClient, includeSeen]);
}
