import { useMutation, useQueryClient } from '@tanstack/react-query';
import { touchpointSchema, type FromCatalogueInput } from '../../../../src/contract/touchpoints';
import { api, wsPath } from '../../api/client';
import { storeTouchpoint } from './touchpointCache';

export function useCreateFromCatalogue(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: FromCatalogueInput) =>
      api(wsPath(workspaceId, '/touchpoints/from-catalogue'), {
        method: 'POST',
        body: input,
        schema: touchpointSchema,
      }),
    onSuccess: (touchpoint) => storeTouchpoint(queryClient, workspaceId, touchpoint),
  });
}
