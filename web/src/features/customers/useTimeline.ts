import { useInfiniteQuery } from '@tanstack/react-query';
import { timelinePageSchema } from '../../../../src/contract/profiles';
import { api, wsPath } from '../../api/client';
import { customerKeys } from './customerKeys';

/** Every interaction of a profile, newest first, 25 at a time. */
export function useTimeline(workspaceId: string, id: string) {
  return useInfiniteQuery({
    queryKey: customerKeys.timeline(workspaceId, id),
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) => {
      const params = new URLSearchParams({ limit: '25' });
      if (pageParam) params.set('cursor', pageParam);
      return api(wsPath(workspaceId, `/profiles/${id}/timeline?${params}`), {
        schema: timelinePageSchema,
        signal,
      });
    },
    getNextPageParam: (last) => last.nextCursor,
  });
}
