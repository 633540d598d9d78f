import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import {
  adhocFunnelResultSchema,
  savedFunnelSchema,
  type AdhocFunnelRun,
  type SavedFunnelInput,
} from '../../../../src/contract/adhocFunnels';
import { deletedSchema } from '../../../../src/contract/common';
import { profilePageSchema } from '../../../../src/contract/profiles';
import { api, wsPath } from '../../api/client';

const savedKey = (workspaceId: string) => ['ws', workspaceId, 'analytics', 'funnels'];

/** `POST /analytics/funnels/run`: the figures of the definition on screen (null until run). */
export function useAdhocFunnelRun(workspaceId: string, run: AdhocFunnelRun | null) {
  return useQuery({
    queryKey: ['ws', workspaceId, 'analytics', 'funnels', 'run', run],
    enabled: run !== null,
    queryFn: ({ signal }) =>
      api(wsPath(workspaceId, '/analytics/funnels/run'), {
        method: 'POST',
        body: run,
        schema: adhocFunnelResultSchema,
        signal,
      }),
  });
}

/** `POST /analytics/funnels/profiles`: the people behind a step (or its drop-off), 50 at a time. */
export function useAdhocFunnelProfiles(
  workspaceId: string,
  run: AdhocFunnelRun,
  step: number,
  dropped: boolean,
) {
  const { compareFrom: _cf, compareTo: _ct, ...period } = run;
  return useInfiniteQuery({
    queryKey: ['ws', workspaceId, 'analytics', 'funnels', 'profiles', period, step, dropped],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) =>
      api(wsPath(workspaceId, '/analytics/funnels/profiles'), {
        method: 'POST',
        body: { ...period, step, dropped, limit: 50, ...(pageParam ? { cursor: pageParam } : {}) },
        schema: profilePageSchema,
        signal,
      }),
    getNextPageParam: (last) => last.nextCursor,
  });
}

/** `GET /analytics/funnels` and saving / deleting one. */
export function useSavedFunnels(workspaceId: string) {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: savedKey(workspaceId), exact: true });
  return {
    list: useQuery({
      queryKey: savedKey(workspaceId),
      queryFn: ({ signal }) =>
        api(wsPath(workspaceId, '/analytics/funnels'), { schema: z.array(savedFunnelSchema), signal }),
    }),
    create: useMutation({
      mutationFn: (input: SavedFunnelInput) =>
        api(wsPath(workspaceId, '/analytics/funnels'), {
          method: 'POST',
          body: input,
          schema: savedFunnelSchema,
        }),
      onSuccess: refresh,
    }),
    remove: useMutation({
      mutationFn: (id: string) =>
        api(wsPath(workspaceId, `/analytics/funnels/${id}`), { method: 'DELETE', schema: deletedSchema }),
      onSuccess: refresh,
    }),
  };
}
