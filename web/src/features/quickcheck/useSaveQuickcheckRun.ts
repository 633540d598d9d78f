import { useMutation, useQueryClient } from '@tanstack/react-query';
import { quickcheckRunSchema, type QuickcheckRunInput } from '../../../../src/contract/quickcheck';
import { api, wsPath } from '../../api/client';
import { quickcheckKeys } from './quickcheckKeys';

export function useSaveQuickcheckRun(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: QuickcheckRunInput) =>
      api(wsPath(workspaceId, '/quickcheck/runs'), {
        method: 'POST',
        body: input,
        schema: quickcheckRunSchema,
      }),
    onSuccess: (run) => {
      queryClient.setQueryData(quickcheckKeys.run(workspaceId, run.id), run);
      return queryClient.invalidateQueries({ queryKey: quickcheckKeys.runs(workspaceId) });
    },
  });
}
