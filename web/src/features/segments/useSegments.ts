import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { z } from 'zod';
import { deletedSchema } from '../../../../src/contract/common';
import { profilePageSchema } from '../../../../src/contract/profiles';
import {
  segmentPreviewSchema,
  segmentSchema,
  type SegmentDefinitionInput,
} from '../../../../src/contract/segments';
import { api, wsPath } from '../../api/client';

const keys = {
  all: (ws: string) => ['ws', ws, 'segments'] as const,
  profiles: (ws: string, id: string) => ['ws', ws, 'segments', id, 'profiles'] as const,
  preview: (ws: string, definition: SegmentDefinitionInput) =>
    ['ws', ws, 'segments', 'preview', definition] as const,
};

/** `GET /segments`: the saved segments with their member counts. */
export function useSegments(workspaceId: string) {
  return useQuery({
    queryKey: keys.all(workspaceId),
    queryFn: ({ signal }) =>
      api(wsPath(workspaceId, '/segments'), { schema: z.array(segmentSchema), signal }),
  });
}

/** `POST /segments/preview`: count and first members of an unsaved definition, kept while the next loads. */
export function useSegmentPreview(workspaceId: string, definition: SegmentDefinitionInput) {
  return useQuery({
    queryKey: keys.preview(workspaceId, definition),
    queryFn: ({ signal }) =>
      api(wsPath(workspaceId, '/segments/preview'), {
        method: 'POST',
        body: { definition },
        schema: segmentPreviewSchema,
        signal,
      }),
    placeholderData: keepPreviousData,
    retry: false,
  });
}

/** `GET /segments/:id/profiles`: the members, 50 at a time. */
export function useSegmentProfiles(workspaceId: string, segmentId: string | null) {
  return useInfiniteQuery({
    queryKey: keys.profiles(workspaceId, segmentId ?? ''),
    enabled: segmentId !== null,
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) => {
      const params = new URLSearchParams({ limit: '50' });
      if (pageParam) params.set('cursor', pageParam);
      return api(wsPath(workspaceId, `/segments/${segmentId ?? ''}/profiles?${params}`), {
        schema: profilePageSchema,
        signal,
      });
    },
    getNextPageParam: (last) => last.nextCursor,
  });
}

interface SegmentBody {
  name: string;
  description: string;
  definition: SegmentDefinitionInput;
}

/** Create, change and delete; each refreshes the list (and so the counts). */
export function useSegmentMutations(workspaceId: string) {
  const client = useQueryClient();
  const onSuccess = () => client.invalidateQueries({ queryKey: keys.all(workspaceId) });
  return {
    create: useMutation({
      mutationFn: (body: SegmentBody) =>
        api(wsPath(workspaceId, '/segments'), { method: 'POST', body, schema: segmentSchema }),
      onSuccess,
    }),
    update: useMutation({
      mutationFn: ({ id, body }: { id: string; body: SegmentBody }) =>
        api(wsPath(workspaceId, `/segments/${id}`), { method: 'PATCH', body, schema: segmentSchema }),
      onSuccess,
    }),
    remove: useMutation({
      mutationFn: (id: string) =>
        api(wsPath(workspaceId, `/segments/${id}`), { method: 'DELETE', schema: deletedSchema }),
      onSuccess,
    }),
  };
}
