import { useInfiniteQuery } from '@tanstack/react-query';
import { profilePageSchema } from '../../../../src/contract/profiles';
import { api, wsPath } from '../../api/client';
import { funnelParams, type FunnelRequest } from './funnelQuery';

/** `GET /analytics/phase-funnel/profiles`: the people behind one phase (or its drop-off), 50 at a time. */
export function useFunnelProfiles(
  workspaceId: string,
  request: FunnelRequest,
  phase: string,
  dropped: boolean,
) {
  const { compareFrom: _cf, compareTo: _ct, ...period } = request;
  return useInfiniteQuery({
    queryKey: ['ws', workspaceId, 'analytics', 'phase-funnel', 'profiles', period, phase, dropped],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) => {
      const params = funnelParams({ ...request, compareFrom: '', compareTo: '' }, { phase, limit: '50' });
      if (dropped) params.set('dropped', 'true');
      if (pageParam) params.set('cursor', pageParam);
      return api(wsPath(workspaceId, `/analytics/phase-funnel/profiles?${params}`), {
        schema: profilePageSchema,
        signal,
      });
    },
    getNextPageParam: (last) => last.nextCursor,
  });
}
