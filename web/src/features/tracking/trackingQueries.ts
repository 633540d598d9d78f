import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import {
  mappingRuleSchema,
  storedEventSchema,
  writeKeySchema,
  type MappingRuleInput,
} from '../../../../src/contract/events';
import { api, wsPath } from '../../api/client';

export const trackingKeys = {
  writeKeys: (ws: string) => ['ws', ws, 'write-keys'] as const,
  rules: (ws: string) => ['ws', ws, 'mapping-rules'] as const,
  unmapped: (ws: string) => ['ws', ws, 'events', 'unmapped'] as const,
};

/** `GET /write-keys` (owner). */
export function useWriteKeys(workspaceId: string, enabled: boolean) {
  return useQuery({
    queryKey: trackingKeys.writeKeys(workspaceId),
    queryFn: ({ signal }) =>
      api(wsPath(workspaceId, '/write-keys'), { schema: z.array(writeKeySchema), signal }),
    enabled,
  });
}

/** `POST /write-keys` (owner): the new key. */
export function useCreateWriteKey(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) =>
      api(wsPath(workspaceId, '/write-keys'), { method: 'POST', body: { name }, schema: writeKeySchema }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: trackingKeys.writeKeys(workspaceId) }),
  });
}

/** `DELETE /write-keys/:keyId` (owner). */
export function useRevokeWriteKey(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api(wsPath(workspaceId, `/write-keys/${id}`), { method: 'DELETE' }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: trackingKeys.writeKeys(workspaceId) }),
  });
}

/** `GET /mapping-rules`. */
export function useMappingRules(workspaceId: string) {
  return useQuery({
    queryKey: trackingKeys.rules(workspaceId),
    queryFn: ({ signal }) =>
      api(wsPath(workspaceId, '/mapping-rules'), { schema: z.array(mappingRuleSchema), signal }),
  });
}

/** `POST /mapping-rules` (editor). */
export function useCreateMappingRule(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MappingRuleInput) =>
      api(wsPath(workspaceId, '/mapping-rules'), { method: 'POST', body: input, schema: mappingRuleSchema }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: trackingKeys.rules(workspaceId) }),
  });
}

/** `DELETE /mapping-rules/:id` (editor). */
export function useDeleteMappingRule(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api(wsPath(workspaceId, `/mapping-rules/${id}`), { method: 'DELETE' }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: trackingKeys.rules(workspaceId) }),
  });
}

/**
 * `GET /events?unmapped=true`: the latest events no rule claimed. Fetched afresh on every visit: right
 * after installing the snippet, this list is where one looks for the first event to arrive.
 */
export function useUnmappedEvents(workspaceId: string) {
  return useQuery({
    staleTime: 0,
    queryKey: trackingKeys.unmapped(workspaceId),
    queryFn: ({ signal }) =>
      api(wsPath(workspaceId, '/events?unmapped=true&limit=50'), {
        schema: z.array(storedEventSchema),
        signal,
      }),
  });
}
