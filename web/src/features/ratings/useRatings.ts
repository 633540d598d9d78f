import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { ratingSchema } from '../../../../src/contract/ratings';
import { api, wsPath } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';

const listSchema = z.array(ratingSchema);

export function useRatings(workspaceId: string, touchpointId: string) {
  return useQuery({
    queryKey: queryKeys.ratings(workspaceId, touchpointId),
    queryFn: ({ signal }) =>
      api(wsPath(workspaceId, `/touchpoints/${touchpointId}/ratings`), { schema: listSchema, signal }),
  });
}
