import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { touchpointSchema } from '../../../../src/contract/touchpoints';
import { api, wsPath } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';

const listSchema = z.array(touchpointSchema);

/** All touchpoints of the workspace in one request; the map and the list filter them in the browser. */
export function useTouchpoints(workspaceId: string, includeRetired = false) {
  return useQuery({
    queryKey: queryKeys.touchpoints(workspaceId, includeRetired),
    queryFn: ({ signal }) =>
      api(wsPath(workspaceId, `/touchpoints${includeRetired ? '?includeRetired=true' : ''}`), {
        schema: listSchema,
        signal,
      }),
  });
}
