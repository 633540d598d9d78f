import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, wsPath } from '../../api/client';
import { invalidateContent } from './invalidateContent';

export function useDeleteContentAsset(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api(wsPath(workspaceId, `/content-assets/${id}`), { method: 'DELETE' }),
    onSuccess: () => invalidateContent(queryClient, workspaceId),
  });
}
