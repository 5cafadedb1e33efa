import { queryOptions } from '@tanstack/react-query';
import { sendMessage } from '@/lib/shared/messaging/client';

/** Every practice answer, oldest first (the dashboard's practice panel and the mentor's report). */
export const practiceAttemptsQuery = () =>
  queryOptions({
    queryKey: ['practice', 'attempts'],
    queryFn: async () => (await sendMessage('getPracticeAttempts', {})).attempts,
  });
