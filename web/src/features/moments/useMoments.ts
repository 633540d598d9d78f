import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { momentsSchema } from '../../../../src/contract/moments';
import { api, wsPath } from '../../api/client';
import { momentsParams, type MomentsRequest } from './momentsQuery';

/** `GET /analytics/moments`: the measured candidates and the low-rated busy touchpoints. */
export function useMoments(workspaceId: string, request: MomentsRequest) {
  return useQuery({
    queryKey: ['ws', workspaceId, 'analytics', 'moments', request],
    queryFn: ({ signal }) =>
      api(wsPath(workspaceId, `/analytics/moments?${momentsParams(request)}`), {
        schema: momentsSchema,
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}
