import { useMutation, useQueryClient } from '@tanstack/react-query';
import { personaSchema, type PersonaPatch } from '../../../../src/contract/personas';
import { api, wsPath } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';

export function useUpdatePersona(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: PersonaPatch }) =>
      api(wsPath(workspaceId, `/personas/${id}`), { method: 'PATCH', body: patch, schema: personaSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.personas(workspaceId) }),
  });
}
