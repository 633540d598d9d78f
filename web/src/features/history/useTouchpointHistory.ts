import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { api, wsPath } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';

/** Mirrors `HistoryEntry` of src/services/audit.ts; the route declares no response schema. */
const historyEntrySchema = z.object({
  id: z.number(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  action: z.string(),
  actor: z.string(),
  changes: z.record(z.string(), z.unknown()),
  at: z.string(),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;
const listSchema = z.array(historyEntrySchema);

export function useTouchpointHistory(workspaceId: string, touchpointId: string) {
  return useQuery({
    queryKey: queryKeys.touchpointHistory(workspaceId, touchpointId),
    queryFn: ({ signal }) =>
      api(wsPath(workspaceId, `/touchpoints/${touchpointId}/history`), { schema: listSchema, signal }),
  });
}
