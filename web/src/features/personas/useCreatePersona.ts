import { useMutation, useQueryClient } from '@tanstack/react-query';
import { personaSchema, type PersonaInput } from '../../../../src/contract/personas';
import { api, wsPath } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';

export function useCreatePersona(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PersonaInput) =>
      api(wsPath(workspaceId, '/personas'), { method: 'POST', body: input, schema: personaSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.personas(workspaceId) }),
  });
}
