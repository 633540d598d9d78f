import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { WebhookEventKind } from '../../core/webhooks';
import type { Database } from '../../db/schema';
import { wakeWebhookDispatcher } from './webhookDispatcherSignal';

/**
 * Queues a message for every enabled endpoint of the workspace that subscribes to `kind`. Pass the
 * transaction of the change it reports: the deliveries then commit with the change or not at all (the
 * outbox), and the dispatcher sends them within about a second. Returns how many endpoints will get it.
 *
 * @example
 * await db.transaction().execute(async (trx) => {
 *   // ... raise the alert in trx ...
 *   await emitWebhookEvent(trx, workspaceId, 'kpi.alert_raised', { kpiId, value });
 * });
 */
export async function emitWebhookEvent(
  db: Kysely<Database>,
  workspaceId: string,
  kind: WebhookEventKind,
  data: Record<string, unknown>,
  at: Date = new Date(),
): Promise<number> {
  return emitWebhookEvents(db, workspaceId, kind, [data], at);
}

/**
 * One message per entry of `data`, as {@link emitWebhookEvent}, with one look-up of the endpoints and one
 * insert: for changes that come in bulk (a rescoring that moves many profiles).
 */
export async function emitWebhookEvents(
  db: Kysely<Database>,
  workspaceId: string,
  kind: WebhookEventKind,
  data: readonly Record<string, unknown>[],
  at: Date = new Date(),
): Promise<number> {
  if (data.length === 0) return 0;
  const endpoints = await db
    .selectFrom('webhook_endpoints')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('enabled', '=', true)
    .where((eb) => eb(eb.val(kind), '=', eb.fn.any('event_kinds')))
    .execute();
  if (endpoints.length === 0) return 0;
  const messages = data.map((d) => ({
    messageId: `msg_${randomUUID()}`,
    payload: JSON.stringify({ type: kind, timestamp: at.toISOString(), workspaceId, data: d }),
  }));
  const rows = messages.flatMap((m) =>
    endpoints.map((e) => ({
      workspace_id: workspaceId,
      endpoint_id: e.id,
      message_id: m.messageId,
      event_kind: kind,
      payload: m.payload,
      next_attempt_at: at,
    })),
  );
  // Well under PostgreSQL's 65,535 parameters per statement (6 a row).
  for (let i = 0; i < rows.length; i += 5_000)
    await db
      .insertInto('webhook_deliveries')
      .values(rows.slice(i, i + 5_000))
      .onConflict((oc) => oc.doNothing())
      .execute();
  wakeWebhookDispatcher();
  return endpoints.length;
}
