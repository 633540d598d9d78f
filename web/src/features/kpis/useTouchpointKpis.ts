import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { kpiSchema } from '../../../../src/contract/kpis';
import { api, wsPath } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';

const listSchema = z.array(kpiSchema);

export function useTouchpointKpis(workspaceId: string, touchpointId: string) {
  return useQuery({
    queryKey: queryKeys.touchpointKpis(workspaceId, touchpointId),
    queryFn: ({ signal }) =>
      api(wsPath(workspaceId, `/touchpoints/${touchpointId}/kpis`), { schema: listSchema, signal }),
  });
}
