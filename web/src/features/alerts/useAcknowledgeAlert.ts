import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, wsPath } from '../../api/client';
import { alertKeys } from './useAlerts';

/** `POST /alerts/:id/acknowledge`. */
export function useAcknowledgeAlert(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api(wsPath(workspaceId, `/alerts/${id}/acknowledge`), { method: 'POST' }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: alertKeys.all(workspaceId) }),
  });
}
