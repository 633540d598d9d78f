import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ratingSchema } from '../../../../src/contract/ratings';
import type { RatingSource } from '../../../../src/core/model';
import { api, wsPath } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';

export interface NewRating {
  source: RatingSource;
  score: number;
  comment?: string;
  raterName?: string;
}

export function useAddRating(workspaceId: string, touchpointId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewRating) =>
      api(wsPath(workspaceId, `/touchpoints/${touchpointId}/ratings`), {
        method: 'POST',
        body: input,
        schema: ratingSchema,
      }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.touchpoint(workspaceId, touchpointId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.allTouchpoints(workspaceId) });
    },
  });
}
