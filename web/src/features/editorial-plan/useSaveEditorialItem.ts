import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  editorialItemSchema,
  type EditorialItemInput,
  type EditorialItemPatch,
} from '../../../../src/contract/editorialPlan';
import { deletedSchema } from '../../../../src/contract/common';
import { api, wsPath } from '../../api/client';
import { contentKeys } from '../content-map/contentKeys';
import { editorialKeys } from './editorialKeys';

function useInvalidatePlan(workspaceId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: editorialKeys.all(workspaceId) }),
      // Items with a persona and a phase appear on the content map.
      queryClient.invalidateQueries({ queryKey: contentKeys.map(workspaceId) }),
    ]);
}

export function useCreateEditorialItem(workspaceId: string) {
  const invalidate = useInvalidatePlan(workspaceId);
  return useMutation({
    mutationFn: (input: EditorialItemInput) =>
      api(wsPath(workspaceId, '/editorial-plan/items'), {
        method: 'POST',
        body: input,
        schema: editorialItemSchema,
      }),
    onSuccess: invalidate,
  });
}

/** Also the reschedule of a drag to another day: a patch of `plannedAt` alone. */
export function useUpdateEditorialItem(workspaceId: string) {
  const invalidate = useInvalidatePlan(workspaceId);
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: EditorialItemPatch }) =>
      api(wsPath(workspaceId, `/editorial-plan/items/${id}`), {
        method: 'PATCH',
        body: patch,
        schema: editorialItemSchema,
      }),
    onSuccess: invalidate,
  });
}

export function useDeleteEditorialItem(workspaceId: string) {
  const invalidate = useInvalidatePlan(workspaceId);
  return useMutation({
    mutationFn: (id: string) =>
      api(wsPath(workspaceId, `/editorial-plan/items/${id}`), { method: 'DELETE', schema: deletedSchema }),
    onSuccess: invalidate,
  });
}
