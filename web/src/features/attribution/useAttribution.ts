import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import {
  attributionReportSchema,
  attributionSettingsSchema,
  type AttributionSettingsInput,
} from '../../../../src/contract/attribution';
import { profilePageSchema } from '../../../../src/contract/profiles';
import { api, wsPath } from '../../api/client';
import { attributionParams, type AttributionRequest } from './attributionQuery';

/** `GET /analytics/attribution`: every model's credits, and those of the comparison period. */
export function useAttribution(workspaceId: string, request: AttributionRequest) {
  return useQuery({
    queryKey: ['ws', workspaceId, 'analytics', 'attribution', request],
    queryFn: ({ signal }) =>
      api(wsPath(workspaceId, `/analytics/attribution?${attributionParams(request)}`), {
        schema: attributionReportSchema,
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

/** `GET /analytics/attribution/profiles`: the people whose journeys contain one key, 50 at a time. */
export function useAttributionProfiles(workspaceId: string, request: AttributionRequest, key: string) {
  const { compareFrom: _cf, compareTo: _ct, ...period } = request;
  return useInfiniteQuery({
    queryKey: ['ws', workspaceId, 'analytics', 'attribution', 'profiles', period, key],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) => {
      const params = attributionParams(period, { key, limit: '50' });
      if (pageParam) params.set('cursor', pageParam);
      return api(wsPath(workspaceId, `/analytics/attribution/profiles?${params}`), {
        schema: profilePageSchema,
        signal,
      });
    },
    getNextPageParam: (last) => last.nextCursor,
  });
}

/** `GET/PUT /attribution-settings`. */
export function useAttributionSettings(workspaceId: string) {
  const queryClient = useQueryClient();
  const settings = useQuery({
    queryKey: ['ws', workspaceId, 'attribution-settings'],
    queryFn: ({ signal }) =>
      api(wsPath(workspaceId, '/attribution-settings'), { schema: attributionSettingsSchema, signal }),
  });
  const save = useMutation({
    mutationFn: (input: AttributionSettingsInput) =>
      api(wsPath(workspaceId, '/attribution-settings'), {
        method: 'PUT',
        body: input,
        schema: attributionSettingsSchema,
      }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['ws', workspaceId, 'attribution-settings'] }),
        queryClient.invalidateQueries({ queryKey: ['ws', workspaceId, 'analytics'] }),
      ]),
  });
  return { settings, save };
}
