import { useInfiniteQuery } from '@tanstack/react-query';
import { profilePageSchema } from '../../../../src/contract/profiles';
import { api, wsPath } from '../../api/client';
import { momentsParams, type MomentsRequest } from './momentsQuery';

/** `GET /analytics/moments/profiles`: the people behind one candidate's figure, 50 at a time. */
export function useMomentProfiles(
  workspaceId: string,
  request: MomentsRequest,
  touchpoint: string,
  group: 'with' | 'without',
  onlyConverted: boolean,
) {
  const { minJourneys: _min, ...period } = request;
  return useInfiniteQuery({
    queryKey: [
      'ws',
      workspaceId,
      'analytics',
      'moments',
      'profiles',
      period,
      touchpoint,
      group,
      onlyConverted,
    ],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) => {
      const params = momentsParams({ ...request, minJourneys: '' }, { touchpoint, group, limit: '50' });
      if (onlyConverted) params.set('converted', 'true');
      if (pageParam) params.set('cursor', pageParam);
      return api(wsPath(workspaceId, `/analytics/moments/profiles?${params}`), {
        schema: profilePageSchema,
        signal,
      });
    },
    getNextPageParam: (last) => last.nextCursor,
  });
}
