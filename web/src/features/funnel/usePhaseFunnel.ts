import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { phaseFunnelSchema } from '../../../../src/contract/funnel';
import { api, wsPath } from '../../api/client';
import { funnelParams, type FunnelRequest } from './funnelQuery';

/** `GET /analytics/phase-funnel`: the figures per phase, and those of the comparison period. */
export function usePhaseFunnel(workspaceId: string, request: FunnelRequest) {
  return useQuery({
    queryKey: ['ws', workspaceId, 'analytics', 'phase-funnel', request],
    queryFn: ({ signal }) =>
      api(wsPath(workspaceId, `/analytics/phase-funnel?${funnelParams(request)}`), {
        schema: phaseFunnelSchema,
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}
