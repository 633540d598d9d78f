import { useMutation, useQueryClient } from '@tanstack/react-query';
import { measureSchema, type MeasureInput } from '../../../../src/contract/measures';
import { api, wsPath } from '../../api/client';
import { invalidateMeasures } from './invalidateMeasures';

export function useCreateMeasure(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MeasureInput) =>
      api(wsPath(workspaceId, '/measures'), { method: 'POST', body: input, schema: measureSchema }),
    onSuccess: () => invalidateMeasures(queryClient, workspaceId),
  });
}
