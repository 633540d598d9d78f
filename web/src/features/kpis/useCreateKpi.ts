import { useMutation, useQueryClient } from '@tanstack/react-query';
import { kpiSchema, type KpiInput } from '../../../../src/contract/kpis';
import { api, wsPath } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';

export function useCreateKpi(workspaceId: string, touchpointId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: KpiInput) =>
      api(wsPath(workspaceId, `/touchpoints/${touchpointId}/kpis`), {
        method: 'POST',
        body: input,
        schema: kpiSchema,
      }),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: queryKeys.touchpointKpis(workspaceId, touchpointId) }),
  });
}
