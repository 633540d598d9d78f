import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { pathsSchema } from '../../../../src/contract/paths';
import { profilePageSchema } from '../../../../src/contract/profiles';
import { api, wsPath } from '../../api/client';
import { pathsParams, type PathsRequest } from './pathsRequest';

/** `GET /analytics/paths`: the most frequent paths and their Sankey. */
export function usePaths(workspaceId: string, request: PathsRequest) {
  return useQuery({
    queryKey: ['ws', workspaceId, 'analytics', 'paths', request],
    enabled: request.touchpointId !== '',
    queryFn: ({ signal }) =>
      api(wsPath(workspaceId, `/analytics/paths?${pathsParams(request)}`), { schema: pathsSchema, signal }),
    placeholderData: keepPreviousData,
  });
}

/** `GET /analytics/paths/profiles`: the people behind one node, 50 at a time. */
export function usePathProfiles(workspaceId: string, request: PathsRequest, node: string) {
  const period = { ...request, compareFrom: '', compareTo: '' };
  return useInfiniteQuery({
    queryKey: ['ws', workspaceId, 'analytics', 'paths', 'profiles', period, node],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) => {
      const params = pathsParams(period, { node, limit: '50' });
      if (pageParam) params.set('cursor', pageParam);
      return api(wsPath(workspaceId, `/analytics/paths/profiles?${params}`), {
        schema: profilePageSchema,
        signal,
      });
    },
    getNextPageParam: (last) => last.nextCursor,
  });
}
