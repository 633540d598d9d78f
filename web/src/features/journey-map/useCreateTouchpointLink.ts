import { useMutation, useQueryClient } from '@tanstack/react-query';
import { touchpointLinkSchema, type TouchpointLinkInput } from '../../../../src/contract/touchpointLinks';
import { api, wsPath } from '../../api/client';
import { touchpointLinksKey } from './useTouchpointLinks';

export function useCreateTouchpointLink(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TouchpointLinkInput) =>
      api(wsPath(workspaceId, '/touchpoint-links'), {
        method: 'POST',
        body: input,
        schema: touchpointLinkSchema,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: touchpointLinksKey(workspaceId) }),
  });
}
