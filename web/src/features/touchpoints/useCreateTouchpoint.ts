import { useMutation, useQueryClient } from '@tanstack/react-query';
import { touchpointSchema, type TouchpointInput } from '../../../../src/contract/touchpoints';
import { api, wsPath } from '../../api/client';
import { storeTouchpoint } from './touchpointCache';

export function useCreateTouchpoint(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TouchpointInput) =>
      api(wsPath(workspaceId, '/touchpoints'), { method: 'POST', body: input, schema: touchpointSchema }),
    onSuccess: (touchpoint) => storeTouchpoint(queryClient, workspaceId, touchpoint),
  });
}
