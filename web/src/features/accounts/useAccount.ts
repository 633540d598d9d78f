import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { accountDetailSchema, accountTimelinePageSchema } from '../../../../src/contract/accounts';
import { api, wsPath } from '../../api/client';

/** `GET /accounts/:companyId`: the account page. */
export function useAccount(workspaceId: string, companyId: string) {
  return useQuery({
    queryKey: ['accounts', workspaceId, companyId],
    queryFn: ({ signal }) =>
      api(wsPath(workspaceId, `/accounts/${companyId}`), { schema: accountDetailSchema, signal }),
  });
}

/** `GET /accounts/:companyId/timeline`, page after page. */
export function useAccountTimeline(workspaceId: string, companyId: string) {
  return useInfiniteQuery({
    queryKey: ['accounts', workspaceId, companyId, 'timeline'],
    initialPageParam: '',
    queryFn: ({ signal, pageParam }) =>
      api(
        wsPath(
          workspaceId,
          `/accounts/${companyId}/timeline?limit=30${pageParam ? `&cursor=${encodeURIComponent(pageParam)}` : ''}`,
        ),
        { schema: accountTimelinePageSchema, signal },
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}
