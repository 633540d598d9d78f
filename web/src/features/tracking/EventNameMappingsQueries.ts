import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import {
  eventNameMappingSchema,
  seenEventNamesSchema,
  type EventNameMappingInput,
  type EventNameMappingPatch,
} from '../../../../src/contract/eventNameMappings';
import { api, wsPath } from '../../api/client';

const keys = {
  all: (ws: string) => ['ws', ws, 'event-name-mappings'] as const,
  mappings: (ws: string) => ['ws', ws, 'event-name-mappings', 'list'] as const,
  seen: (ws: string) => ['ws', ws, 'event-name-mappings', 'seen'] as const,
};

/** `GET /event-name-mappings`: the workspace's own lines. */
export function useEventNameMappings(workspaceId: string) {
  return useQuery({
    queryKey: keys.mappings(workspaceId),
    queryFn: ({ signal }) =>
      api(wsPath(workspaceId, '/event-name-mappings'), { schema: z.array(eventNameMappingSchema), signal }),
  });
}

/** `GET /event-name-mappings/event-names`: track event names of the last 30 days and their types today. */
export function useSeenEventNames(workspaceId: string) {
  return useQuery({
    queryKey: keys.seen(workspaceId),
    queryFn: ({ signal }) =>
      api(wsPath(workspaceId, '/event-name-mappings/event-names'), { schema: seenEventNamesSchema, signal }),
  });
}

/** `POST /event-name-mappings` (editor). */
export function useCreateEventNameMapping(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: EventNameMappingInput) =>
      api(wsPath(workspaceId, '/event-name-mappings'), {
        method: 'POST',
        body: input,
        schema: eventNameMappingSchema,
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: keys.all(workspaceId) }),
  });
}

/** `PATCH /event-name-mappings/:id` (editor). */
export function useUpdateEventNameMapping(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: EventNameMappingPatch }) =>
      api(wsPath(workspaceId, `/event-name-mappings/${id}`), {
        method: 'PATCH',
        body: patch,
        schema: eventNameMappingSchema,
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: keys.all(workspaceId) }),
  });
}

/** `DELETE /event-name-mappings/:id` (editor). */
export function useDeleteEventNameMapping(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api(wsPath(workspaceId, `/event-name-mappings/${id}`), { method: 'DELETE' }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: keys.all(workspaceId) }),
  });
}
