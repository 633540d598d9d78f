import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, wsPath } from '../../api/client';
import { touchpointLinksKey } from './useTouchpointLinks';

export function useDeleteTouchpointLink(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api(wsPath(workspaceId, `/touchpoint-links/${id}`), { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: touchpointLinksKey(workspaceId) }),
  });
}
