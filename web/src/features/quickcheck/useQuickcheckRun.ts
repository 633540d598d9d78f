import { useQuery } from '@tanstack/react-query';
import { quickcheckRunSchema } from '../../../../src/contract/quickcheck';
import { api, wsPath } from '../../api/client';
import { quickcheckKeys } from './quickcheckKeys';

/** One saved run with its ranked results; nothing is fetched without an id. */
export function useQuickcheckRun(workspaceId: string, runId: string | null) {
  return useQuery({
    queryKey: quickcheckKeys.run(workspaceId, runId ?? ''),
    queryFn: ({ signal }) =>
      api(wsPath(workspaceId, `/quickcheck/runs/${runId}`), { schema: quickcheckRunSchema, signal }),
    enabled: runId !== null,
  });
}
