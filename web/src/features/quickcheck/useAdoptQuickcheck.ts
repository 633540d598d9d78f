import { useMutation, useQueryClient } from '@tanstack/react-query';
import { quickcheckAdoptResultSchema, type QuickcheckAdoptInput } from '../../../../src/contract/quickcheck';
import { api, wsPath } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';

/** Turns recommended interfaces of a saved run into target touchpoints. */
export function useAdoptQuickcheck(workspaceId: string, runId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: QuickcheckAdoptInput) =>
      api(wsPath(workspaceId, `/quickcheck/runs/${runId}/adopt`), {
        method: 'POST',
        body: input,
        schema: quickcheckAdoptResultSchema,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.allTouchpoints(workspaceId) }),
  });
}
