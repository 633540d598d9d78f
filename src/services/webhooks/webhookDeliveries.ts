import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { WebhookDeliveries, WebhookDelivery } from '../../contract/webhooks';
import { WEBHOOK_TEST_KIND, webhookEventKinds, type WebhookEventKind } from '../../core/webhooks';
import { err, ok, type Result } from '../../core/result';
import type { WebhookDeliveriesTable } from '../../db/schema';
import type { WorkspaceContext } from '../context';
import { wakeWebhookDispatcher } from './webhookDispatcherSignal';

type Row = Selectable<WebhookDeliveriesTable>;

const kindOf = (kind: string): WebhookDelivery['eventKind'] =>
  (webhookEventKinds as readonly string[]).includes(kind) ? (kind as WebhookEventKind) : WEBHOOK_TEST_KIND;

const toDelivery = (r: Row): WebhookDelivery => ({
  id: r.id,
  endpointId: r.endpoint_id,
  messageId: r.message_id,
  eventKind: kindOf(r.event_kind),
  status: r.status,
  attempts: r.attempts,
  nextAttemptAt: r.status === 'pending' ? r.next_attempt_at.toISOString() : null,
  lastStatus: r.last_status,
  lastError: r.last_error,
  createdAt: r.created_at.toISOString(),
  deliveredAt: r.delivered_at?.toISOString() ?? null,
  payload: r.payload,
});

async function endpointOf(ctx: WorkspaceContext, endpointId: string) {
  return ctx.db
    .selectFrom('webhook_endpoints')
    .select(['id', 'enabled'])
    .where('workspace_id', '=', ctx.workspaceId)
    .where('id', '=', endpointId)
    .executeTakeFirst();
}

const noEndpoint = () => err('not_found', 'Webhook not found', { webhookId: 'no such webhook' });

/**
 * An endpoint's delivery log, newest first, a page at a time (`before` = the previous page's `nextBefore`).
 *
 * @example await listWebhookDeliveries(ctx, endpointId, { status: 'failed', limit: 50 })
 */
export async function listWebhookDeliveries(
  ctx: WorkspaceContext,
  endpointId: string,
  query: { status?: WebhookDelivery['status'] | undefined; before?: string | undefined; limit: number },
): Promise<Result<WebhookDeliveries>> {
  if (!(await endpointOf(ctx, endpointId))) return noEndpoint();
  let q = ctx.db
    .selectFrom('webhook_deliveries')
    .selectAll()
    .where('workspace_id', '=', ctx.workspaceId)
    .where('endpoint_id', '=', endpointId);
  if (query.status) q = q.where('status', '=', query.status);
  if (query.before) q = q.where('created_at', '<', new Date(query.before));
  const rows = await q
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(query.limit + 1)
    .execute();
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return ok({
    deliveries: page.map(toDelivery),
    nextBefore: rows.length > query.limit && last ? last.created_at.toISOString() : null,
  });
}

/**
 * Queues a failed (or delivered) message again with a fresh set of attempts. It keeps its message id,
 * so a receiver that did process it once can recognise the repeat.
 */
export async function redeliverWebhook(
  ctx: WorkspaceContext,
  endpointId: string,
  deliveryId: string,
): Promise<Result<WebhookDelivery>> {
  const row = await ctx.db
    .updateTable('webhook_deliveries')
    .set({ status: 'pending', attempts: 0, next_attempt_at: new Date(), delivered_at: null })
    .where('workspace_id', '=', ctx.workspaceId)
    .where('endpoint_id', '=', endpointId)
    .where('id', '=', deliveryId)
    .where('status', '<>', 'pending')
    .returningAll()
    .executeTakeFirst();
  if (!row) {
    const exists = await ctx.db
      .selectFrom('webhook_deliveries')
      .select('status')
      .where('workspace_id', '=', ctx.workspaceId)
      .where('endpoint_id', '=', endpointId)
      .where('id', '=', deliveryId)
      .executeTakeFirst();
    return exists
      ? err('conflict', 'This delivery is still being tried', { deliveryId: 'already pending' })
      : err('not_found', 'Delivery not found', { deliveryId: 'no such delivery' });
  }
  wakeWebhookDispatcher();
  return ok(toDelivery(row));
}

/** Queues a `webhook.test` message to one endpoint, whatever it subscribes to, so an owner can check the receiver. */
export async function sendTestWebhook(
  ctx: WorkspaceContext,
  endpointId: string,
): Promise<Result<WebhookDelivery>> {
  const endpoint = await endpointOf(ctx, endpointId);
  if (!endpoint) return noEndpoint();
  if (!endpoint.enabled)
    return err('conflict', 'The webhook is switched off; switch it on to send a test', {
      webhookId: 'disabled',
    });
  const at = new Date();
  const row = await ctx.db
    .insertInto('webhook_deliveries')
    .values({
      workspace_id: ctx.workspaceId,
      endpoint_id: endpointId,
      message_id: `msg_${randomUUID()}`,
      event_kind: WEBHOOK_TEST_KIND,
      payload: JSON.stringify({
        type: WEBHOOK_TEST_KIND,
        timestamp: at.toISOString(),
        workspaceId: ctx.workspaceId,
        data: { sentBy: ctx.actor.label },
      }),
      next_attempt_at: at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  wakeWebhookDispatcher();
  return ok(toDelivery(row));
}
