import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { webKpisSchema } from '../../../../src/contract/analytics';
import { api, wsPath } from '../../api/client';

/** `GET /analytics/web`: visits, visitors, bounces and conversions in a date range. */
export function useWebKpis(workspaceId: string, from: string, to: string) {
  return useQuery({
    queryKey: ['ws', workspaceId, 'analytics', 'web', { from, to }],
    queryFn: ({ signal }) =>
      api(wsPath(workspaceId, `/analytics/web?${new URLSearchParams({ from, to })}`), {
        schema: webKpisSchema,
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}
