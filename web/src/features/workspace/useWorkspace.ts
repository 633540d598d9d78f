import { useQuery } from '@tanstack/react-query';
import { api, wsPath } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';
import { workspaceSchema } from './workspaceSchema';

/** The workspace with its active journey model and phases. */
export function useWorkspace(workspaceId: string) {
  return useQuery({
    queryKey: queryKeys.workspace(workspaceId),
    queryFn: ({ signal }) => api(wsPath(workspaceId, ''), { schema: workspaceSchema, signal }),
    staleTime: 5 * 60_000,
  });
}
