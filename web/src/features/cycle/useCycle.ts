import { useQuery } from '@tanstack/react-query';
import { cycleReportSchema } from '../../../../src/contract/cycle';
import { api, wsPath } from '../../api/client';

/**
 * `GET /cycle`: the CTM cycle's stages and steps. It sums up every other screen, so it is fetched again
 * whenever it is opened rather than kept for the usual 30 seconds.
 */
export function useCycle(workspaceId: string) {
  return useQuery({
    queryKey: ['ws', workspaceId, 'cycle'] as const,
    queryFn: ({ signal }) => api(wsPath(workspaceId, '/cycle'), { schema: cycleReportSchema, signal }),
    staleTime: 0,
  });
}
