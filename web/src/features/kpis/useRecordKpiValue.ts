import { useMutation, useQueryClient } from '@tanstack/react-query';
import { kpiValueSchema, type KpiValueInput } from '../../../../src/contract/kpis';
import { api, wsPath } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';

export function useRecordKpiValue(workspaceId: string, touchpointId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ kpiId, value }: { kpiId: string; value: KpiValueInput }) =>
      api(wsPath(workspaceId, `/kpis/${kpiId}/values`), {
        method: 'POST',
        body: value,
        schema: kpiValueSchema,
      }),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: queryKeys.touchpointKpis(workspaceId, touchpointId) }),
  });
}
