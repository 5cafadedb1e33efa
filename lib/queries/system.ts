import { queryOptions } from '@tanstack/react-query';
import { sendMessage } from '@/lib/messaging/client';

export const statusQuery = () => queryOptions({ queryKey: ['status'], queryFn: () => sendMessage('getStatus', {}) });
