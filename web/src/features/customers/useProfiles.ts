import { useInfiniteQuery } from '@tanstack/react-query';
import { profilePageSchema } from '../../../../src/contract/profiles';
import { api, wsPath } from '../../api/client';
import { customerKeys } from './customerKeys';

/** Profiles matching a search, company and segment (and known people only), 50 at a time (keyset pages). */
export function useProfiles(
  workspaceId: string,
  q: string,
  companyId: string,
  knownOnly = false,
  segment = '',
) {
  return useInfiniteQuery({
    queryKey: customerKeys.list(workspaceId, q, companyId, knownOnly, segment),
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) => {
      const params = new URLSearchParams({ limit: '50' });
      if (q) params.set('q', q);
      if (companyId) params.set('companyId', companyId);
      if (knownOnly) params.set('known', 'true');
      if (segment) params.set('segment', segment);
      if (pageParam) params.set('cursor', pageParam);
      return api(wsPath(workspaceId, `/profiles?${params}`), { schema: profilePageSchema, signal });
    },
    getNextPageParam: (last) => last.nextCursor,
  });
}
