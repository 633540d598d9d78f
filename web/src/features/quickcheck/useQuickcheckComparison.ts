import { useQuery } from '@tanstack/react-query';
import { quickcheckComparisonSchema } from '../../../../src/contract/quickcheck';
import { api, wsPath } from '../../api/client';
import { quickcheckKeys } from './quickcheckKeys';

/** How the interfaces of a run moved against an earlier run; idle until an earlier run is chosen. */
export function useQuickcheckComparison(workspaceId: string, runId: string, earlierId: string | null) {
  return useQuery({
    queryKey: quickcheckKeys.comparison(workspaceId, runId, earlierId ?? ''),
    queryFn: ({ signal }) =>
      api(
        wsPath(workspaceId, `/quickcheck/runs/${runId}/compare?with=${encodeURIComponent(earlierId ?? '')}`),
        {
          schema: quickcheckComparisonSchema,
          signal,
        },
      ),
    enabled: earlierId !== null,
  });
}
