import { useMutation, useQueryClient } from '@tanstack/react-query';
import { contentAssetSchema, type ContentAssetInput } from '../../../../src/contract/content';
import { api, wsPath } from '../../api/client';
import { invalidateContent } from './invalidateContent';

export function useCreateContentAsset(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ContentAssetInput) =>
      api(wsPath(workspaceId, '/content-assets'), {
        method: 'POST',
        body: input,
        schema: contentAssetSchema,
      }),
    onSuccess: () => invalidateContent(queryClient, workspaceId),
  });
}
