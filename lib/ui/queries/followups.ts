import { queryOptions } from '@tanstack/react-query';
import type { Platform } from '@/lib/shared/model/social-item';
import { sendMessage } from '@/lib/shared/messaging/client';

export const followUpsQuery = (includeClosed = false) =>
  queryOptions({
    queryKey: ['followups', 'list', includeClosed],
    queryFn: async () => (await sendMessage('listFollowUps', { includeClosed })).followUps,
  });

/** Each author's logged items; the handles are sorted so the same set is one cache entry. */
export const authorHistoryQuery = (platform: Platform, handles: string[]) =>
  queryOptions({
    queryKey: ['log', 'authorHistory', platform, [...new Set(handles)].sort()],
    queryFn: async () => (await sendMessage('getAuthorHistory', { platform, handles: [...new Set(handles)] })).byHandle,
  });
