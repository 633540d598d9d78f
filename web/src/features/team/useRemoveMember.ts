import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, wsPath } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';
import { teamKeys } from './teamKeys';

export function useRemoveMember(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) => api(wsPath(workspaceId, `/members/${userId}`), { method: 'DELETE' }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: teamKeys.members(workspaceId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.me }),
      ]),
  });
}
