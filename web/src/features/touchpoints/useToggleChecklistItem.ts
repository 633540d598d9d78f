import { useMutation, useQueryClient } from '@tanstack/react-query';
import { touchpointSchema } from '../../../../src/contract/touchpoints';
import { api, wsPath } from '../../api/client';
import { storeTouchpoint } from './touchpointCache';

export function useToggleChecklistItem(workspaceId: string, touchpointId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { criterionKey: string; checked: boolean }) =>
      api(wsPath(workspaceId, `/touchpoints/${touchpointId}/checklist`), {
        method: 'PUT',
        body: input,
        schema: touchpointSchema,
      }),
    onSuccess: (touchpoint) => storeTouchpoint(queryClient, workspaceId, touchpoint),
  });
}
