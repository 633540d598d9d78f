import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { kpiValueSchema } from '../../../../src/contract/kpis';
import { api, wsPath } from '../../api/client';
import { monitoringKeys } from './monitoringKeys';

const listSchema = z.array(kpiValueSchema);

/** All values of one KPI, oldest first. */
export function useKpiValues(workspaceId: string, kpiId: string) {
  return useQuery({
    queryKey: monitoringKeys.values(workspaceId, kpiId),
    queryFn: ({ signal }) =>
      api(wsPath(workspaceId, `/kpis/${kpiId}/values`), { schema: listSchema, signal }),
  });
}
