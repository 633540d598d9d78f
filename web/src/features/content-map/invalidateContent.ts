import type { QueryClient } from '@tanstack/react-query';
import { contentKeys } from './contentKeys';

/** Assets and the map they fill go stale together. */
export function invalidateContent(queryClient: QueryClient, workspaceId: string) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: contentKeys.assets(workspaceId) }),
    queryClient.invalidateQueries({ queryKey: contentKeys.map(workspaceId) }),
  ]);
}
