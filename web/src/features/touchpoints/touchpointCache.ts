import type { QueryClient } from '@tanstack/react-query';
import type { Touchpoint } from '../../../../src/contract/touchpoints';
import { queryKeys } from '../../api/queryKeys';

/** Puts a touchpoint the server just returned into the caches, then refreshes the lists in the background. */
export function storeTouchpoint(queryClient: QueryClient, workspaceId: string, touchpoint: Touchpoint): void {
  queryClient.setQueryData(queryKeys.touchpoint(workspaceId, touchpoint.id), touchpoint);
  for (const includeRetired of [false, true]) {
    queryClient.setQueryData<Touchpoint[]>(queryKeys.touchpoints(workspaceId, includeRetired), (list) => {
      if (!list) return list;
      const visible = includeRetired || touchpoint.retiredAt === null;
      const without = list.filter((t) => t.id !== touchpoint.id);
      if (!visible) return without;
      const index = list.findIndex((t) => t.id === touchpoint.id);
      if (index < 0) return [...list, touchpoint];
      return list.map((t) => (t.id === touchpoint.id ? touchpoint : t));
    });
  }
  void queryClient.invalidateQueries({ queryKey: queryKeys.allTouchpoints(workspaceId) });
  void queryClient.invalidateQueries({ queryKey: queryKeys.touchpointHistory(workspaceId, touchpoint.id) });
  void queryClient.invalidateQueries({ queryKey: queryKeys.priorities(workspaceId) });
}
