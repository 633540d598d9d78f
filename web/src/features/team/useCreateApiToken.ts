import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Role } from '../../../../src/core/model';
import type { ApiTokenInfo } from '../../../../src/contract/team';
import { api, wsPath } from '../../api/client';
import { teamKeys } from './teamKeys';

/** Creates a token; the answer carries the secret, which the server never shows again. */
export function useCreateApiToken(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { name: string; role: Role }) =>
      api<{ token: string; info: ApiTokenInfo }>(wsPath(workspaceId, '/api-tokens'), {
        method: 'POST',
        body: input,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: teamKeys.apiTokens(workspaceId) }),
  });
}
