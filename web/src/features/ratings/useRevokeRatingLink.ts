import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ratingLinkSchema } from '../../../../src/contract/ratings';
import { api, wsPath } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';

export function useRevokeRatingLink(workspaceId: string, touchpointId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (linkId: string) =>
      api(wsPath(workspaceId, `/touchpoints/${touchpointId}/rating-links/${linkId}`), {
        method: 'DELETE',
        schema: ratingLinkSchema,
      }),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: queryKeys.ratingLinks(workspaceId, touchpointId) }),
  });
}
