import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { editorialFeedSchema } from '../../../../src/contract/editorialPlan';
import { api, wsPath } from '../../api/client';
import { editorialKeys } from './editorialKeys';

/** The secret calendar feed address, if the workspace has one. */
export function useEditorialFeed(workspaceId: string, enabled: boolean) {
  return useQuery({
    queryKey: editorialKeys.feed(workspaceId),
    queryFn: ({ signal }) =>
      api(wsPath(workspaceId, '/editorial-plan/feed'), { schema: editorialFeedSchema, signal }),
    enabled,
  });
}

/** `POST` makes a new address (the old one stops working), `DELETE` ends the feed. */
export function useChangeEditorialFeed(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (method: 'POST' | 'DELETE') =>
      api(wsPath(workspaceId, '/editorial-plan/feed'), { method, schema: editorialFeedSchema }),
    onSuccess: (feed) => queryClient.setQueryData(editorialKeys.feed(workspaceId), feed),
  });
}
