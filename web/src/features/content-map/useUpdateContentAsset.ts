import { useMutation, useQueryClient } from '@tanstack/react-query';
import { contentAssetSchema, type ContentAssetPatch } from '../../../../src/contract/content';
import { api, wsPath } from '../../api/client';
import { invalidateContent } from './invalidateContent';

export function useUpdateContentAsset(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: ContentAssetPatch }) =>
      api(wsPath(workspaceId, `/content-assets/${id}`), {
        method: 'PATCH',
        body: patch,
        schema: contentAssetSchema,
      }),
    onSuccess: () => invalidateContent(queryClient, workspaceId),
  });
}
