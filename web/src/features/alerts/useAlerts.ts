import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { kpiAlertSchema } from '../../../../src/contract/kpis';
import { api, wsPath } from '../../api/client';

const listSchema = z.array(kpiAlertSchema);

export const alertKeys = {
  all: (ws: string) => ['ws', ws, 'alerts'] as const,
  list: (ws: string, open: boolean | null) => ['ws', ws, 'alerts', { open }] as const,
};

/** `GET /alerts`: the open (unacknowledged) ones with `open`, else all; refreshed every minute for the nav badge. */
export function useAlerts(workspaceId: string, open: boolean | null) {
  return useQuery({
    queryKey: alertKeys.list(workspaceId, open),
    queryFn: ({ signal }) =>
      api(wsPath(workspaceId, `/alerts?${open === null ? '' : `open=${open}&`}limit=500`), {
        schema: listSchema,
        signal,
      }),
    refetchInterval: 60_000,
  });
}
