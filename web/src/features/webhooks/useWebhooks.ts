import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import {
  webhookDeliveriesSchema,
  webhookDeliverySchema,
  webhookEndpointSchema,
  webhookEndpointWithSecretSchema,
  type WebhookEndpointInput,
  type WebhookEndpointPatch,
} from '../../../../src/contract/webhooks';
import { deletedSchema } from '../../../../src/contract/common';
import { api, wsPath } from '../../api/client';

export const webhookKeys = {
  all: (ws: string) => ['ws', ws, 'webhooks'] as const,
  deliveries: (ws: string, id: string) => ['ws', ws, 'webhooks', id, 'deliveries'] as const,
};

/** `GET /webhooks`: the endpoints with their last week's deliveries; owners only, so others never ask. */
export function useWebhooks(workspaceId: string) {
  return useQuery({
    queryKey: webhookKeys.all(workspaceId),
    queryFn: ({ signal }) =>
      api(wsPath(workspaceId, '/webhooks'), { schema: z.array(webhookEndpointSchema), signal }),
    refetchInterval: 5_000,
  });
}

/** `GET /webhooks/:id/deliveries`, newest first, a page at a time. */
export function useWebhookDeliveries(workspaceId: string, webhookId: string) {
  return useInfiniteQuery({
    queryKey: webhookKeys.deliveries(workspaceId, webhookId),
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) =>
      api(
        wsPath(
          workspaceId,
          `/webhooks/${webhookId}/deliveries?limit=20${pageParam ? `&before=${encodeURIComponent(pageParam)}` : ''}`,
        ),
        { schema: webhookDeliveriesSchema, signal },
      ),
    getNextPageParam: (last) => last.nextBefore,
    refetchInterval: 5_000,
  });
}

/** Every change to an endpoint refreshes the list and the logs. */
export function useWebhookActions(workspaceId: string) {
  const queryClient = useQueryClient();
  const onSuccess = () => queryClient.invalidateQueries({ queryKey: webhookKeys.all(workspaceId) });
  const base = (id: string) => wsPath(workspaceId, `/webhooks/${id}`);
  return {
    create: useMutation({
      mutationFn: (input: WebhookEndpointInput) =>
        api(wsPath(workspaceId, '/webhooks'), {
          method: 'POST',
          body: input,
          schema: webhookEndpointWithSecretSchema,
        }),
      onSuccess,
    }),
    update: useMutation({
      mutationFn: ({ id, patch }: { id: string; patch: WebhookEndpointPatch }) =>
        api(base(id), { method: 'PATCH', body: patch, schema: webhookEndpointSchema }),
      onSuccess,
    }),
    renew: useMutation({
      mutationFn: (id: string) =>
        api(`${base(id)}/secret`, { method: 'POST', schema: webhookEndpointWithSecretSchema }),
      onSuccess,
    }),
    remove: useMutation({
      mutationFn: (id: string) => api(base(id), { method: 'DELETE', schema: deletedSchema }),
      onSuccess,
    }),
    test: useMutation({
      mutationFn: (id: string) => api(`${base(id)}/test`, { method: 'POST', schema: webhookDeliverySchema }),
      onSuccess,
    }),
    redeliver: useMutation({
      mutationFn: ({ id, deliveryId }: { id: string; deliveryId: string }) =>
        api(`${base(id)}/deliveries/${deliveryId}/redeliver`, {
          method: 'POST',
          schema: webhookDeliverySchema,
        }),
      onSuccess,
    }),
  };
}
