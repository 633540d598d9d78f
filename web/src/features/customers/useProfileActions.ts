import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  eraseResultSchema,
  profileDetailSchema,
  profileExportSchema,
} from '../../../../src/contract/profiles';
import { api, wsPath } from '../../api/client';
import { saveBlob } from '../../api/saveBlob';
import { customerKeys } from './customerKeys';

/** `POST /profiles/:id/merge`: the other profile is taken into this one. */
export function useMergeProfile(workspaceId: string, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (otherProfileId: string) =>
      api(wsPath(workspaceId, `/profiles/${id}/merge`), {
        method: 'POST',
        body: { otherProfileId },
        schema: profileDetailSchema,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: customerKeys.all(workspaceId) }),
  });
}

/** `GET /profiles/:id/export` (owner), saved as a JSON file. */
export function useExportProfile(workspaceId: string, id: string) {
  return useMutation({
    mutationFn: async () => {
      const data = await api(wsPath(workspaceId, `/profiles/${id}/export`), { schema: profileExportSchema });
      saveBlob(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }), `profile-${id}.json`);
    },
  });
}

/** `DELETE /profiles/:id` (owner): GDPR erasure. */
export function useEraseProfile(workspaceId: string, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      api(wsPath(workspaceId, `/profiles/${id}`), { method: 'DELETE', schema: eraseResultSchema }),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: customerKeys.detail(workspaceId, id) });
      return queryClient.invalidateQueries({ queryKey: customerKeys.all(workspaceId) });
    },
  });
}
