import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { mapLiveSchema } from '../../../../src/contract/mapLive';
import { api, wsPath } from '../../api/client';

/** `GET /journey-map/live`: per card its figures and KPI status, per phase the people who reached it. */
export function useMapLive(workspaceId: string, period: { from: string; to: string } | null) {
  return useQuery({
    queryKey: ['ws', workspaceId, 'journey-map', 'live', period],
    queryFn: ({ signal }) =>
      api(wsPath(workspaceId, `/journey-map/live?${new URLSearchParams(period ?? {})}`), {
        schema: mapLiveSchema,
        signal,
      }),
    enabled: period !== null,
    placeholderData: keepPreviousData,
  });
}
