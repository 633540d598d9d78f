import { useQuery } from '@tanstack/react-query';
import { touchpointSchema } from '../../../../src/contract/touchpoints';
import { api, wsPath } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';

export function useTouchpoint(workspaceId: string, id: string) {
  return useQuery({
    queryKey: queryKeys.touchpoint(workspaceId, id),
    queryFn: ({ signal }) =>
      api(wsPath(workspaceId, `/touchpoints/${id}`), { schema: touchpointSchema, signal }),
  });
}
