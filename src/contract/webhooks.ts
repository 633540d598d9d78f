import { z } from 'zod';
import { WEBHOOK_TEST_KIND, webhookEventKinds } from '../core/webhooks/webhookEventKinds';
import { changesSomething, idSchema, nothingToChange, workspaceParams } from './common';

const endpointFields = {
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) address' }).max(2000),
  description: z.string().trim().max(500),
  eventKinds: z
    .array(z.enum(webhookEventKinds))
    .min(1, 'choose at least one event')
    .max(50)
    .refine((kinds) => new Set(kinds).size === kinds.length, 'names an event twice'),
  enabled: z.boolean(),
};

export const webhookEndpointInputSchema = z
  .strictObject(endpointFields)
  .partial({ description: true, enabled: true });
export type WebhookEndpointInput = z.infer<typeof webhookEndpointInputSchema>;

export const webhookEndpointPatchSchema = z
  .strictObject(endpointFields)
  .partial()
  .refine(changesSomething, nothingToChange(Object.keys(endpointFields)));
export type WebhookEndpointPatch = z.infer<typeof webhookEndpointPatchSchema>;

export const webhookEndpointSchema = z.object({
  id: idSchema,
  url: z.string(),
  description: z.string(),
  eventKinds: z.array(z.enum(webhookEventKinds)),
  enabled: z.boolean(),
  createdAt: z.string(),
  /** Deliveries of the last 7 days by outcome; `pending` includes those waiting for a retry. */
  recent: z.object({ delivered: z.number().int(), pending: z.number().int(), failed: z.number().int() }),
});
export type WebhookEndpoint = z.infer<typeof webhookEndpointSchema>;

/** Only the answers of creating an endpoint and of renewing its secret show the secret. */
export const webhookEndpointWithSecretSchema = webhookEndpointSchema.extend({
  secret: z.string().describe('The signing secret (Standard Webhooks, whsec_...); shown only now'),
});
export type WebhookEndpointWithSecret = z.infer<typeof webhookEndpointWithSecretSchema>;

export const webhookDeliveryStatusSchema = z.enum(['pending', 'delivered', 'failed']);

export const webhookDeliverySchema = z.object({
  id: idSchema,
  endpointId: idSchema,
  messageId: z.string(),
  eventKind: z.union([z.enum(webhookEventKinds), z.literal(WEBHOOK_TEST_KIND)]),
  status: webhookDeliveryStatusSchema,
  attempts: z.number().int(),
  /** When the next attempt is due; null once delivered or failed. */
  nextAttemptAt: z.string().nullable(),
  lastStatus: z.number().int().nullable(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  deliveredAt: z.string().nullable(),
  payload: z.unknown(),
});
export type WebhookDelivery = z.infer<typeof webhookDeliverySchema>;

export const webhookDeliveriesSchema = z.object({
  deliveries: z.array(webhookDeliverySchema),
  /** Pass as `before` for the next page; null on the last. */
  nextBefore: z.string().nullable(),
});
export type WebhookDeliveries = z.infer<typeof webhookDeliveriesSchema>;

export const webhookDeliveriesQuerySchema = z.strictObject({
  status: webhookDeliveryStatusSchema.optional(),
  before: z.iso.datetime({ offset: true }).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const webhookParams = workspaceParams.extend({ webhookId: idSchema });
export const webhookDeliveryParams = webhookParams.extend({ deliveryId: idSchema });
