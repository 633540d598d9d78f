import { useQuery } from '@tanstack/react-query';
import type { ApiTokenInfo } from '../../../../src/contract/team';
import { api, wsPath } from '../../api/client';
import { teamKeys } from './teamKeys';

/** API tokens, newest first; only owners may list them, so others never ask. */
export function useApiTokens(workspaceId: string, enabled: boolean) {
  return useQuery({
    queryKey: teamKeys.apiTokens(workspaceId),
    queryFn: ({ signal }) => api<ApiTokenInfo[]>(wsPath(workspaceId, '/api-tokens'), { signal }),
    enabled,
  });
}
