import { queryOptions } from '@tanstack/react-query';
import { sendMessage } from '@/lib/shared/messaging/client';

export const statusQuery = () => queryOptions({ queryKey: ['status'], queryFn: () => sendMessage('getStatus', {}) });
