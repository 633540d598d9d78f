import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { newVsReturningSchema } from '../../../../src/contract/visitors';
import { api, wsPath } from '../../api/client';
import { valueParams } from '../customer-value/valueQuery';
import type { VisitorsRequest } from './VisitorsPage';

/** `GET /analytics/new-vs-returning`: the series, the phases and the comparison period. */
export function useNewVsReturning(workspaceId: string, request: VisitorsRequest) {
  return useQuery({
    queryKey: ['ws', workspaceId, 'analytics', 'new-vs-returning', request],
    queryFn: ({ signal }) =>
      api(wsPath(workspaceId, `/analytics/new-vs-returning?${valueParams(request)}`), {
        schema: newVsReturningSchema,
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}
