import { useQuery } from '@tanstack/react-query';
import { bestTimesSchema } from '../../../../src/contract/editorialPlan';
import { api, wsPath } from '../../api/client';
import { editorialKeys } from './editorialKeys';

/** The strongest weekdays and hours per channel, read in the browser's time zone. */
export function useBestTimes(workspaceId: string, timeZone: string) {
  return useQuery({
    queryKey: editorialKeys.bestTimes(workspaceId, timeZone),
    queryFn: ({ signal }) =>
      api(wsPath(workspaceId, `/editorial-plan/best-times?timeZone=${encodeURIComponent(timeZone)}`), {
        schema: bestTimesSchema,
        signal,
      }),
    staleTime: 10 * 60_000,
  });
}
