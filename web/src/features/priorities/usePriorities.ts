import { useQuery } from '@tanstack/react-query';
import { priorityReportSchema } from '../../../../src/contract/priorities';
import { api, wsPath } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';

/** `GET /priorities`: ranked touchpoints, Pareto rows and quick wins, for all personas or one. */
export function usePriorities(workspaceId: string, personaId: string | null) {
  return useQuery({
    queryKey: [...queryKeys.priorities(workspaceId), { personaId }] as const,
    queryFn: ({ signal }) =>
      api(
        wsPath(workspaceId, `/priorities${personaId ? `?personaId=${encodeURIComponent(personaId)}` : ''}`),
        { signal, schema: priorityReportSchema },
      ),
  });
}
