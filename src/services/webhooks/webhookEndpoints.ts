import { sql, type Selectable } from 'kysely';
import type { Deleted } from '../../contract/common';
import type {
  WebhookEndpoint,
  WebhookEndpointInput,
  WebhookEndpointPatch,
  WebhookEndpointWithSecret,
} from '../../contract/webhooks';
import { newWebhookSecret } from '../../core/webhooks';
import { err, ok, type Result } from '../../core/result';
import type { WebhookEndpointsTable } from '../../db/schema';
import { recordHistory } from '../audit';
import type { WorkspaceContext } from '../context';

type Row = Selectable<WebhookEndpointsTable>;
type Recent = WebhookEndpoint['recent'];
const NO_DELIVERIES: Recent = { delivered: 0, pending: 0, failed: 0 };

const toEndpoint = (r: Row, recent: Recent): WebhookEndpoint => ({
  id: r.id,
  url: r.url,
  description: r.description,
  eventKinds: r.event_kinds,
  enabled: r.enabled,
  createdAt: r.created_at.toISOString(),
  recent,
});

/** Deliveries of the last 7 days per endpoint and outcome. */
async function recentDeliveries(ctx: WorkspaceContext, endpointIds: string[]): Promise<Map<string, Recent>> {
  const byEndpoint = new Map<string, Recent>();
  if (endpointIds.length === 0) return byEndpoint;
  const rows = await ctx.db
    .selectFrom('webhook_deliveries')
    .select(['endpoint_id', 'status', (eb) => eb.fn.countAll<string>().as('n')])
    .where('workspace_id', '=', ctx.workspaceId)
    .where('endpoint_id', 'in', endpointIds)
    .where('created_at', '>=', sql<Date>`now() - interval '7 days'`)
    .groupBy(['endpoint_id', 'status'])
    .execute();
  for (const r of rows) {
    const recent = byEndpoint.get(r.endpoint_id) ?? { ...NO_DELIVERIES };
    recent[r.status] = Number(r.n);
    byEndpoint.set(r.endpoint_id, recent);
  }
  return byEndpoint;
}

function endpointRow(ctx: WorkspaceContext, id: string) {
  return ctx.db
    .selectFrom('webhook_endpoints')
    .selectAll()
    .where('workspace_id', '=', ctx.workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
}

const notFound = () => err('not_found', 'Webhook not found', { webhookId: 'no such webhook' });

/** The workspace's endpoints, oldest first, each with its deliveries of the last week. */
export async function listWebhookEndpoints(ctx: WorkspaceContext): Promise<WebhookEndpoint[]> {
  const rows = await ctx.db
    .selectFrom('webhook_endpoints')
    .selectAll()
    .where('workspace_id', '=', ctx.workspaceId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const recent = await recentDeliveries(
    ctx,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toEndpoint(r, recent.get(r.id) ?? NO_DELIVERIES));
}

export async function getWebhookEndpoint(
  ctx: WorkspaceContext,
  id: string,
): Promise<Result<WebhookEndpoint>> {
  const row = await endpointRow(ctx, id);
  if (!row) return notFound();
  const recent = await recentDeliveries(ctx, [id]);
  return ok(toEndpoint(row, recent.get(id) ?? NO_DELIVERIES));
}

/**
 * Registers an endpoint with a new signing secret, which this answer shows once.
 *
 * @example
 * await createWebhookEndpoint(ctx, { url: 'https://crm.example/hooks/touchpoint', eventKinds: ['kpi.alert_raised'] })
 * // { ok: true, value: { id, url, secret: 'whsec_...', ... } }
 */
export async function createWebhookEndpoint(
  ctx: WorkspaceContext,
  input: WebhookEndpointInput,
): Promise<Result<WebhookEndpointWithSecret>> {
  const secret = newWebhookSecret();
  const row = await ctx.db
    .insertInto('webhook_endpoints')
    .values({
      workspace_id: ctx.workspaceId,
      url: input.url,
      description: input.description ?? '',
      event_kinds: input.eventKinds,
      enabled: input.enabled ?? true,
      secret,
      created_by: ctx.actor.userId,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await recordHistory(ctx, {
    entityType: 'webhook_endpoint',
    entityId: row.id,
    action: 'created',
    changes: { url: row.url, eventKinds: row.event_kinds },
  });
  return ok({ ...toEndpoint(row, NO_DELIVERIES), secret });
}

export async function updateWebhookEndpoint(
  ctx: WorkspaceContext,
  id: string,
  patch: WebhookEndpointPatch,
): Promise<Result<WebhookEndpoint>> {
  const row = await ctx.db
    .updateTable('webhook_endpoints')
    .set({
      ...(patch.url !== undefined && { url: patch.url }),
      ...(patch.description !== undefined && { description: patch.description }),
      ...(patch.eventKinds !== undefined && { event_kinds: patch.eventKinds }),
      ...(patch.enabled !== undefined && { enabled: patch.enabled }),
      updated_at: new Date(),
    })
    .where('workspace_id', '=', ctx.workspaceId)
    .where('id', '=', id)
    .returning('id')
    .executeTakeFirst();
  if (!row) return notFound();
  await recordHistory(ctx, {
    entityType: 'webhook_endpoint',
    entityId: id,
    action: 'updated',
    changes: patch,
  });
  return getWebhookEndpoint(ctx, id);
}

/** A new secret; the old one stops signing at once, so the receiver must be given the new one. */
export async function renewWebhookSecret(
  ctx: WorkspaceContext,
  id: string,
): Promise<Result<WebhookEndpointWithSecret>> {
  const secret = newWebhookSecret();
  const row = await ctx.db
    .updateTable('webhook_endpoints')
    .set({ secret, updated_at: new Date() })
    .where('workspace_id', '=', ctx.workspaceId)
    .where('id', '=', id)
    .returning('id')
    .executeTakeFirst();
  if (!row) return notFound();
  await recordHistory(ctx, { entityType: 'webhook_endpoint', entityId: id, action: 'secret_renewed' });
  const endpoint = await getWebhookEndpoint(ctx, id);
  return endpoint.ok ? ok({ ...endpoint.value, secret }) : endpoint;
}

/** Deletes the endpoint and its delivery log; undelivered messages to it are dropped. */
export async function deleteWebhookEndpoint(ctx: WorkspaceContext, id: string): Promise<Result<Deleted>> {
  const row = await ctx.db
    .deleteFrom('webhook_endpoints')
    .where('workspace_id', '=', ctx.workspaceId)
    .where('id', '=', id)
    .returning(['id', 'url'])
    .executeTakeFirst();
  if (!row) return notFound();
  await recordHistory(ctx, {
    entityType: 'webhook_endpoint',
    entityId: id,
    action: 'deleted',
    changes: { url: row.url },
  });
  return ok({ id });
}
