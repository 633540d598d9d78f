import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { ratingLinkSchema } from '../../../../src/contract/ratings';
import { api, wsPath } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';

const listSchema = z.array(ratingLinkSchema);

export function useRatingLinks(workspaceId: string, touchpointId: string, enabled = true) {
  return useQuery({
    queryKey: queryKeys.ratingLinks(workspaceId, touchpointId),
    queryFn: ({ signal }) =>
      api(wsPath(workspaceId, `/touchpoints/${touchpointId}/rating-links`), { schema: listSchema, signal }),
    enabled,
  });
}
