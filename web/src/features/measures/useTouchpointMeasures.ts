import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { measureSchema } from '../../../../src/contract/measures';
import { api, wsPath } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';

const listSchema = z.array(measureSchema);

export function useTouchpointMeasures(workspaceId: string, touchpointId: string) {
  return useQuery({
    queryKey: queryKeys.touchpointMeasures(workspaceId, touchpointId),
    queryFn: ({ signal }) =>
      api(wsPath(workspaceId, `/touchpoints/${touchpointId}/measures`), { schema: listSchema, signal }),
  });
}
