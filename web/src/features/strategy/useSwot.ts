import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import {
  swotEntrySchema,
  swotMeasureSchema,
  type SwotEntryInput,
  type SwotEntryPatch,
  type SwotReorder,
} from '../../../../src/contract/strategy';
import { deletedSchema } from '../../../../src/contract/common';
import { api, wsPath } from '../../api/client';
import { invalidateMeasures } from '../action-plan/invalidateMeasures';
import { strategyKeys } from './strategyKeys';

const listSchema = z.array(swotEntrySchema);

/** One SWOT: the workspace's own (touchpointId null) or a touchpoint's. */
export function useSwotEntries(workspaceId: string, touchpointId: string | null) {
  const query = touchpointId === null ? '?level=workspace' : `?touchpointId=${touchpointId}`;
  return useQuery({
    queryKey: strategyKeys.swotOf(workspaceId, touchpointId),
    queryFn: ({ signal }) => api(wsPath(workspaceId, `/swot${query}`), { schema: listSchema, signal }),
  });
}

/**
 * Adding, editing, reordering, deleting and turning entries into measures; every SWOT list goes stale
 * after each.
 */
export function useSwotMutations(workspaceId: string) {
  const queryClient = useQueryClient();
  const stale = () => queryClient.invalidateQueries({ queryKey: strategyKeys.swot(workspaceId) });
  return {
    create: useMutation({
      mutationFn: (input: SwotEntryInput) =>
        api(wsPath(workspaceId, '/swot'), { method: 'POST', body: input, schema: swotEntrySchema }),
      onSuccess: stale,
    }),
    update: useMutation({
      mutationFn: ({ id, patch }: { id: string; patch: SwotEntryPatch }) =>
        api(wsPath(workspaceId, `/swot/${id}`), { method: 'PATCH', body: patch, schema: swotEntrySchema }),
      onSuccess: stale,
    }),
    reorder: useMutation({
      mutationFn: (input: SwotReorder) =>
        api(wsPath(workspaceId, '/swot/reorder'), { method: 'POST', body: input, schema: listSchema }),
      onSuccess: stale,
    }),
    remove: useMutation({
      mutationFn: (id: string) =>
        api(wsPath(workspaceId, `/swot/${id}`), { method: 'DELETE', schema: deletedSchema }),
      onSuccess: stale,
    }),
    toMeasure: useMutation({
      mutationFn: (id: string) =>
        api(wsPath(workspaceId, `/swot/${id}/measure`), { method: 'POST', schema: swotMeasureSchema }),
      onSuccess: () => Promise.all([stale(), invalidateMeasures(queryClient, workspaceId)]),
    }),
  };
}
