import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  editorialChannelSchema,
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
