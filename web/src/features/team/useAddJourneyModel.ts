import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { JourneyModel, JourneyModelInput } from '../../../../src/contract/workspaces';
import { api, wsPath } from '../../api/client';
import { teamKeys } from './teamKeys';

export function useAddJourneyModel(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: JourneyModelInput) =>
      api<JourneyModel>(wsPath(workspaceId, '/journey-models'), { method: 'POST', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: teamKeys.journeyModels(workspaceId) }),
  });
}
