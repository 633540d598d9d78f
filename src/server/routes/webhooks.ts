import { z } from 'zod';
import { deletedSchema, workspaceParams } from '../../contract/common';
import {
  webhookDeliveriesQuerySchema,
  webhookDeliveriesSchema,
  webhookDeliveryParams,
  webhookDeliverySchema,
  webhookEndpointInputSchema,
  webhookEndpointPatchSchema,
  webhookEndpointSchema,
  webhookEndpointWithSecretSchema,
  webhookParams,
} from '../../contract/webhooks';
import {
  listWebhookDeliveries,
  redeliverWebhook,
  sendTestWebhook,
} from '../../services/webhooks/webhookDeliveries';
import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  getWebhookEndpoint,
  listWebhookEndpoints,
  renewWebhookSecret,
  updateWebhookEndpoint,
} from '../../services/webhooks/webhookEndpoints';
import { sendResult } from '../errors';
import { ctxOf, type App } from '../types';

/**
 * Outbound webhooks: endpoints that get signed messages when something changes (docs/webhooks.md), and
 * their delivery logs. Owners only: an endpoint's secret and the messages carry the workspace's data.
 */
export async function webhookRoutes(app: App) {
  const tags = ['webhooks'];
  const owner = { minRole: 'owner' as const };
  app.get(
    '/webhooks',
    {
      schema: { tags, params: workspaceParams, response: { 200: z.array(webhookEndpointSchema) } },
      config: owner,
    },
    async (req) => listWebhookEndpoints(ctxOf(req)),
  );
  app.post(
    '/webhooks',
    {
      schema: {
        tags,
        summary: 'Register an endpoint; the answer shows its signing secret once',
        params: workspaceParams,
        body: webhookEndpointInputSchema,
        response: { 201: webhookEndpointWithSecretSchema },
      },
      config: owner,
    },
    async (req, reply) => sendResult(reply, await createWebhookEndpoint(ctxOf(req), req.body), 201),
  );
  app.get(
    '/webhooks/:webhookId',
    { schema: { tags, params: webhookParams, response: { 200: webhookEndpointSchema } }, config: owner },
    async (req, reply) => sendResult(reply, await getWebhookEndpoint(ctxOf(req), req.params.webhookId)),
  );
  app.patch(
    '/webhooks/:webhookId',
    {
      schema: {
        tags,
        params: webhookParams,
        body: webhookEndpointPatchSchema,
        response: { 200: webhookEndpointSchema },
      },
      config: owner,
    },
    async (req, reply) =>
      sendResult(reply, await updateWebhookEndpoint(ctxOf(req), req.params.webhookId, req.body)),
  );
  app.delete(
    '/webhooks/:webhookId',
    { schema: { tags, params: webhookParams, response: { 200: deletedSchema } }, config: owner },
    async (req, reply) => sendResult(reply, await deleteWebhookEndpoint(ctxOf(req), req.params.webhookId)),
  );
  app.post(
    '/webhooks/:webhookId/secret',
    {
      schema: {
        tags,
        summary: 'Renew the signing secret; the old one stops signing at once',
        params: webhookParams,
        response: { 200: webhookEndpointWithSecretSchema },
      },
      config: owner,
    },
    async (req, reply) => sendResult(reply, await renewWebhookSecret(ctxOf(req), req.params.webhookId)),
  );
  app.post(
    '/webhooks/:webhookId/test',
    {
      schema: {
        tags,
        summary: 'Queue a webhook.test message to this endpoint',
        params: webhookParams,
        response: { 202: webhookDeliverySchema },
      },
      config: { ...owner, errors: ['conflict'] },
    },
    async (req, reply) => sendResult(reply, await sendTestWebhook(ctxOf(req), req.params.webhookId), 202),
  );
  app.get(
    '/webhooks/:webhookId/deliveries',
    {
      schema: {
        tags,
        params: webhookParams,
        querystring: webhookDeliveriesQuerySchema,
        response: { 200: webhookDeliveriesSchema },
      },
      config: owner,
    },
    async (req, reply) =>
      sendResult(reply, await listWebhookDeliveries(ctxOf(req), req.params.webhookId, req.query)),
  );
  app.post(
    '/webhooks/:webhookId/deliveries/:deliveryId/redeliver',
    {
      schema: {
        tags,
        summary: 'Queue a delivered or failed message again, with a fresh set of attempts',
        params: webhookDeliveryParams,
        response: { 202: webhookDeliverySchema },
      },
      config: { ...owner, errors: ['conflict'] },
    },
    async (req, reply) =>
      sendResult(reply, await redeliverWebhook(ctxOf(req), req.params.webhookId, req.params.deliveryId), 202),
  );
}
