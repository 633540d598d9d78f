import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, wsPath } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';

export function useDeletePersona(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api(wsPath(workspaceId, `/personas/${id}`), { method: 'DELETE' }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.personas(workspaceId) });
      // Touchpoints lose the persona from their personaIds.
      void queryClient.invalidateQueries({ queryKey: queryKeys.allTouchpoints(workspaceId) });
    },
  });
}
