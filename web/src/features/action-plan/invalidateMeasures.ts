import type { QueryClient } from '@tanstack/react-query';
import { actionPlanKeys } from './actionPlanKeys';

/** The plan and every touchpoint's measure list (the detail page shows them) go stale together. */
export function invalidateMeasures(queryClient: QueryClient, workspaceId: string) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: actionPlanKeys.measures(workspaceId) }),
    queryClient.invalidateQueries({ queryKey: ['ws', workspaceId, 'touchpoint'] }),
  ]);
}
