import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, wsPath } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';

/** Switches the journey model: phases change everywhere, so everything of the workspace is refetched. */
export function useActivateJourneyModel(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (modelId: string) =>
      api(wsPath(workspaceId, `/journey-models/${modelId}/activate`), { method: 'POST' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.workspace(workspaceId) }),
  });
}
