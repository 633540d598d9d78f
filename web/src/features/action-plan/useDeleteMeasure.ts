import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, wsPath } from '../../api/client';
import { invalidateMeasures } from './invalidateMeasures';

export function useDeleteMeasure(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api(wsPath(workspaceId, `/measures/${id}`), { method: 'DELETE' }),
    onSuccess: () => invalidateMeasures(queryClient, workspaceId),
  });
}
