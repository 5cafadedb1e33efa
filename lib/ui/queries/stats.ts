import { queryOptions } from '@tanstack/react-query';
import { sendMessage } from '@/lib/shared/messaging/client';
import type { StatsRange } from '@/lib/shared/stats/dashboard-stats';

export const statsQuery = (range: StatsRange) =>
  queryOptions({
    queryKey: ['stats', range],
    queryFn: () => sendMessage('getStats', range),
    // Keep showing the previous period while the next one loads.
    placeholderData: (previous) => previous,
  });

export const dataSummaryQuery = () =>
  queryOptions({ queryKey: ['stats', 'dataSummary'], queryFn: () => sendMessage('getDataSummary', {}) });
