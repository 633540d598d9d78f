import { useMutation, useQueryClient } from '@tanstack/react-query';
import { measureSchema, type Measure, type MeasurePatch } from '../../../../src/contract/measures';
import { api, wsPath } from '../../api/client';
import { actionPlanKeys } from './actionPlanKeys';
import { invalidateMeasures } from './invalidateMeasures';

/** Saves a change; a status change shows on the board at once and goes back if the server refuses. */
export function useUpdateMeasure(workspaceId: string) {
  const queryClient = useQueryClient();
  const key = actionPlanKeys.measures(workspaceId);
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: MeasurePatch }) =>
      api(wsPath(workspaceId, `/measures/${id}`), { method: 'PATCH', body: patch, schema: measureSchema }),
    onMutate: async ({ id, patch }) => {
      if (patch.status === undefined) return { previous: undefined };
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<Measure[]>(key);
      queryClient.setQueryData<Measure[]>(key, (list) =>
        list?.map((m) => (m.id === id && patch.status ? { ...m, status: patch.status } : m)),
      );
      return { previous };
    },
    onError: (_error, _vars, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
    },
    onSettled: () => invalidateMeasures(queryClient, workspaceId),
  });
}
