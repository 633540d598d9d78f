import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { kpiSchema } from '../../../../src/contract/kpis';
import { api, wsPath } from '../../api/client';
import { monitoringKeys } from './monitoringKeys';

const listSchema = z.array(kpiSchema);

/** Every KPI of the workspace with its latest value and status against the target. */
export function useKpis(workspaceId: string) {
  return useQuery({
    queryKey: monitoringKeys.kpis(workspaceId),
    queryFn: ({ signal }) => api(wsPath(workspaceId, '/kpis'), { schema: listSchema, signal }),
  });
}
