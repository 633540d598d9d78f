import { useMutation, useQueryClient } from '@tanstack/react-query';
import { touchpointSchema, type TouchpointPatch } from '../../../../src/contract/touchpoints';
import { api, wsPath } from '../../api/client';
import { storeTouchpoint } from './touchpointCache';

export function useUpdateTouchpoint(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: TouchpointPatch }) =>
      api(wsPath(workspaceId, `/touchpoints/${id}`), {
        method: 'PATCH',
        body: patch,
        schema: touchpointSchema,
      }),
    onSuccess: (touchpoint) => storeTouchpoint(queryClient, workspaceId, touchpoint),
  });
}
