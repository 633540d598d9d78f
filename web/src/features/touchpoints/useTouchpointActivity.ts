import { useQuery } from '@tanstack/react-query';
import { touchpointLiveActivitySchema } from '../../../../src/contract/mapping';
import { api, wsPath } from '../../api/client';

/** How often the activity panel asks again: it shows tracked events as they arrive. */
export const ACTIVITY_REFRESH_MS = 15_000;

/** `GET /touchpoints/:id/activity?days=`, refreshed while the page is open. */
export function useTouchpointActivity(workspaceId: string, touchpointId: string, days: number) {
  return useQuery({
    queryKey: ['ws', workspaceId, 'touchpoints', touchpointId, 'activity', days] as const,
    queryFn: ({ signal }) =>
      api(wsPath(workspaceId, `/touchpoints/${touchpointId}/activity?days=${days}`), {
        schema: touchpointLiveActivitySchema,
        signal,
      }),
    refetchInterval: ACTIVITY_REFRESH_MS,
  });
}
