import { useMutation, useQueryClient } from '@tanstack/react-query';
import { touchpointSchema } from '../../../../src/contract/touchpoints';
import { api, wsPath } from '../../api/client';
import { storeTouchpoint } from './touchpointCache';

export function useRestoreTouchpoint(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api(wsPath(workspaceId, `/touchpoints/${id}/restore`), { method: 'POST', schema: touchpointSchema }),
    onSuccess: (touchpoint) => storeTouchpoint(queryClient, workspaceId, touchpoint),
  });
}
