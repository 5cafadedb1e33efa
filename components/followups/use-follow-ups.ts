import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { FollowUp } from '@/lib/shared/followups/schema';
import { overdueIds } from '@/lib/shared/followups/order';
import { sendMessage } from '@/lib/shared/messaging/client';
import { followUpsQuery } from '@/lib/ui/queries/followups';

type Key = Pick<FollowUp, 'platform' | 'itemId'>;

/**
 * The follow-up list (from the background), the overdue ids (all, and on `platform` for the queue), and the
 * close / wait-on-customer actions.
 */
export function useFollowUps(
  now: number,
  { includeClosed = false, platform }: { includeClosed?: boolean; platform?: string } = {},
) {
  const queryClient = useQueryClient();
  const list = useQuery(followUpsQuery(includeClosed));
  const rows = useMemo(() => list.data ?? [], [list.data]);
  const overdue = useMemo(() => overdueIds(rows, now), [rows, now]);
  const overdueHere = useMemo(
    () =>
      overdueIds(
        rows.filter((row) => row.platform === platform),
        now,
      ),
    [rows, now, platform],
  );
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['followups'] });
  const close = useMutation({
    mutationFn: async ({ platform, itemId }: Key) =>
      (await sendMessage('closeFollowUp', { platform, itemId })).followUp,
    onSuccess: refresh,
  });
  const waitCustomer = useMutation({
    mutationFn: async ({ platform, itemId }: Key) =>
      (await sendMessage('waitOnCustomer', { platform, itemId })).followUp,
    onSuccess: refresh,
  });
  // The follow-up just closed, for the reminder to come back publicly.
  const [closed, setClosed] = useState<FollowUp>();
  const listProps = (departments: ReadonlyArray<{ id: string; name: string }>) => ({
    rows,
    departments,
    onClose: (row: FollowUp) => close.mutate(row, { onSuccess: (done) => setClosed(done ?? undefined) }),
    onWaitCustomer: (row: FollowUp) => waitCustomer.mutate(row),
  });
  return {
    rows,
    overdue,
    overdueHere,
    error: list.error,
    closed,
    dismissClosed: () => setClosed(undefined),
    listProps,
  };
}
