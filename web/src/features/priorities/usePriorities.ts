import { useQuery } from '@tanstack/react-query';
import type { PriorityReport } from '../../../../src/core/prioritisation/prioritise';
import { api, wsPath } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';

/** `GET /priorities`: ranked touchpoints, Pareto rows and quick wins, for all personas or one. */
export function usePriorities(workspaceId: string, personaId: string | null) {
  return useQuery({
    queryKey: [...queryKeys.priorities(workspaceId), { personaId }] as const,
    queryFn: ({ signal }) =>
      api<PriorityReport>(
        wsPath(workspaceId, `/priorities${personaId ? `?personaId=${encodeURIComponent(personaId)}` : ''}`),
        { signal },
      ),
  });
}
