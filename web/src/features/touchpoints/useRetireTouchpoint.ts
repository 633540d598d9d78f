import { useMutation, useQueryClient } from '@tanstack/react-query';
import { touchpointSchema } from '../../../../src/contract/touchpoints';
import { api, wsPath } from '../../api/client';
import { storeTouchpoint } from './touchpointCache';

export function useRetireTouchpoint(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      api(wsPath(workspaceId, `/touchpoints/${id}/retire`), {
        method: 'POST',
        body: reason ? { reason } : {},
        schema: touchpointSchema,
      }),
    onSuccess: (touchpoint) => storeTouchpoint(queryClient, workspaceId, touchpoint),
  });
}
