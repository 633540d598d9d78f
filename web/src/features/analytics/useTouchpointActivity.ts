import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { touchpointActivitySchema } from '../../../../src/contract/analytics';
import { api, wsPath } from '../../api/client';

/** `GET /analytics/touchpoints`: events and revenue per touchpoint in a date range. */
export function useTouchpointActivity(workspaceId: string, from: string, to: string) {
  return useQuery({
    queryKey: ['ws', workspaceId, 'analytics', 'touchpoints', { from, to }],
    queryFn: ({ signal }) =>
      api(wsPath(workspaceId, `/analytics/touchpoints?${new URLSearchParams({ from, to })}`), {
        schema: touchpointActivitySchema,
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}
