import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { deletedSchema } from '../../../../src/contract/common';
import {
  editorialChannelSchema,
  editorialItemSchema,
  type EditorialChannelInput,
  type EditorialChannelPatch,
} from '../../../../src/contract/editorialPlan';
import { api, wsPath } from '../../api/client';
import { editorialKeys } from './editorialKeys';

/** Changes a channel (its frequency target, say); the checks and best times follow. */
export function useUpdateEditorialChannel(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: EditorialChannelPatch }) =>
      api(wsPath(workspaceId, `/editorial-plan/channels/${id}`), {
        method: 'PATCH',
        body: patch,
        schema: editorialChannelSchema,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: editorialKeys.all(workspaceId) }),
  });
}

export function useCreateEditorialChannel(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: EditorialChannelInput) =>
      api(wsPath(workspaceId, '/editorial-plan/channels'), {
        method: 'POST',
        body: input,
        schema: editorialChannelSchema,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: editorialKeys.all(workspaceId) }),
  });
}

const itemsSchema = z.array(editorialItemSchema);

/**
 * Deletes a channel with its posts; `countItems` tells first how many posts go with it, so the
 * question before can name them.
 */
export function useDeleteEditorialChannel(workspaceId: string) {
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: (id: string) =>
      api(wsPath(workspaceId, `/editorial-plan/channels/${id}`), { method: 'DELETE', schema: deletedSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: editorialKeys.all(workspaceId) }),
  });
  const countItems = async (id: string) =>
    (
      await api(wsPath(workspaceId, `/editorial-plan/items?channelId=${encodeURIComponent(id)}`), {
        schema: itemsSchema,
      })
    ).length;
  return { remove, countItems };
}
