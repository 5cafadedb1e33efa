import { queryOptions } from '@tanstack/react-query';
import { sendMessage } from '@/lib/shared/messaging/client';

/** Active templates, as an array ready for rankTemplates. */
export const templatesQuery = () =>
  queryOptions({
    queryKey: ['templates', 'list'],
    queryFn: async () => (await sendMessage('listTemplates', {})).templates,
  });

/** How often the user picked each template (from the handled log), for ranking. */
export const templateUsageQuery = () =>
  queryOptions({
    queryKey: ['templates', 'usage'],
    queryFn: () => sendMessage('getTemplateUsage', {}),
  });
