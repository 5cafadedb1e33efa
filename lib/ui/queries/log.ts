import { queryOptions } from '@tanstack/react-query';
import type { Platform } from '@/lib/shared/model/social-item';
import { sendMessage } from '@/lib/shared/messaging/client';

export const handledIdsQuery = (platform: Platform, itemIds: string[]) =>
  queryOptions({
    queryKey: ['log', 'handledIds', platform, itemIds],
    queryFn: async () => new Set((await sendMessage('getHandledIds', { platform, itemIds })).handled),
  });

export const templateUsageQuery = () =>
  queryOptions({
    queryKey: ['log', 'templateUsage'],
    queryFn: async () => (await sendMessage('getTemplateUsage', {})).usage,
  });
