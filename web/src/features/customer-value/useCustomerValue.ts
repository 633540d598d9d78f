import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { customerValueSchema } from '../../../../src/contract/customerValue';
import { profilePageSchema } from '../../../../src/contract/profiles';
import { api, wsPath } from '../../api/client';
import { selectionParams, valueParams, type ValueRequest, type ValueSelection } from './valueQuery';

/** `GET /analytics/customer-value`: RFM, ABC, CLV, existing vs new, accounts; and the comparison. */
export function useCustomerValue(workspaceId: string, request: ValueRequest) {
  return useQuery({
    queryKey: ['ws', workspaceId, 'analytics', 'customer-value', request],
    queryFn: ({ signal }) =>
      api(wsPath(workspaceId, `/analytics/customer-value?${valueParams(request)}`), {
        schema: customerValueSchema,
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

/** `GET /analytics/customer-value/profiles`: the customers behind one figure, 50 at a time. */
export function useCustomerValueProfiles(
  workspaceId: string,
  request: ValueRequest,
  selection: ValueSelection,
) {
  const { compareFrom: _cf, compareTo: _ct, margin: _m, ...period } = request;
  return useInfiniteQuery({
    queryKey: ['ws', workspaceId, 'analytics', 'customer-value', 'profiles', period, selection],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) => {
      const params = valueParams(period, { ...selectionParams(selection), limit: '50' });
      if (pageParam) params.set('cursor', pageParam);
      return api(wsPath(workspaceId, `/analytics/customer-value/profiles?${params}`), {
        schema: profilePageSchema,
        signal,
      });
    },
    getNextPageParam: (last) => last.nextCursor,
  });
}
