import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { dataRevision } from '@/lib/revision';

/** Invalidates every query when the background reports a database write. */
export function useRevisionInvalidation(): void {
  const queryClient = useQueryClient();
  useEffect(() => dataRevision.watch(() => void queryClient.invalidateQueries()), [queryClient]);
}
