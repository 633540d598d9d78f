import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiTokenInfo } from '../../../../src/contract/team';
import { api, wsPath } from '../../api/client';
import { teamKeys } from './teamKeys';

export function useRevokeApiToken(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api<ApiTokenInfo>(wsPath(workspaceId, `/api-tokens/${id}`), { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: teamKeys.apiTokens(workspaceId) }),
  });
}
