import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { ratingLinkSchema } from '../../../../src/contract/ratings';
import { api, wsPath } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';

const listSchema = z.array(ratingLinkSchema);

export interface NewRatingLinks {
  label?: string;
  count?: number;
  expiresInDays?: number;
}

export function useCreateRatingLinks(workspaceId: string, touchpointId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewRatingLinks) =>
      api(wsPath(workspaceId, `/touchpoints/${touchpointId}/rating-links`), {
        method: 'POST',
        body: input,
        schema: listSchema,
      }),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: queryKeys.ratingLinks(workspaceId, touchpointId) }),
  });
}
