import { useQuery } from '@tanstack/react-query';
import type { JourneyModel } from '../../../../src/contract/workspaces';
import { api, wsPath } from '../../api/client';
import { teamKeys } from './teamKeys';

/** The workspace's journey models with their phases, the active one flagged. */
export function useJourneyModels(workspaceId: string) {
  return useQuery({
    queryKey: teamKeys.journeyModels(workspaceId),
    queryFn: ({ signal }) => api<JourneyModel[]>(wsPath(workspaceId, '/journey-models'), { signal }),
  });
}
