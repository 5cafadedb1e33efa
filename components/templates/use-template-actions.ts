import { useMutation, useQueryClient } from '@tanstack/react-query';
import { sendMessage } from '@/lib/shared/messaging/client';
import type { Template } from '@/lib/shared/templates/schema';

/** Every write of the manager; each refreshes the list (other views follow via the data revision). */
export function useTemplateActions() {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['templates'] });
  const options = { onSuccess: refresh };
  return {
    save: useMutation({ mutationFn: (template: Template) => sendMessage('saveTemplate', { template }), ...options }),
    remove: useMutation({ mutationFn: (id: string) => sendMessage('deleteTemplate', { id }), ...options }),
    restore: useMutation({ mutationFn: (id: string) => sendMessage('restoreTemplate', { id }), ...options }),
    reset: useMutation({ mutationFn: () => sendMessage('resetTemplates', {}), ...options }),
    importPack: useMutation({
      mutationFn: (templates: Template[]) => sendMessage('importTemplates', { templates }),
      ...options,
    }),
  };
}
