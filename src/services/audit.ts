import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { HistoryEntry } from '../contract/history';
import type { WorkspaceContext } from './context';

export type AuditEntityType =
  | 'workspace'
  | 'persona'
  | 'touchpoint'
  | 'measure'
  | 'content_asset'
  | 'kpi'
  | 'rating'
  | 'quickcheck_run'
  | 'membership'
  | 'api_token'
  | 'journey_model'
  | 'conversion_point'
  | 'write_key'
  | 'mapping_rule'
  | 'event_name_mapping'
  | 'mailing'
  | 'smtp_settings'
  | 'profile'
  | 'company'
  | 'editorial_channel'
  | 'editorial_item'
  | 'editorial_feed'
  | 'swot_entry'
  | 'goal'
  | 'webhook_endpoint'
  | 'adhoc_funnel'
  | 'attribution_settings'
  | 'campaign'
  | 'deal'
  | 'pipeline'
  | 'segment'
  | 'scoring_rule'
  | 'lifecycle_stages';

/**
 * Records a change in the workspace history, inside the caller's transaction when given one. An update
 * stores `changes: { changed: FieldChange[] }` (src/core/history/fieldChanges.ts): only the fields that
 * changed, each with its old and new value. Entries written before that store the patch as sent.
 *
 * @example
 * await recordHistory(ctx, { entityType: 'touchpoint', entityId: id, action: 'retired', changes: { reason } });
 */
export async function recordHistory(
  ctx: WorkspaceContext,
  entry: {
    entityType: AuditEntityType;
    entityId: string | null;
    action: string;
    changes?: Record<string, unknown>;
  },
  trx: Kysely<Database> = ctx.db,
): Promise<void> {
  await trx
    .insertInto('audit_log')
    .values({
      workspace_id: ctx.workspaceId,
      entity_type: entry.entityType,
      entity_id: entry.entityId,
      action: entry.action,
      actor: ctx.actor.label,
      changes: JSON.stringify(entry.changes ?? {}),
    })
    .execute();
}

export type { HistoryEntry } from '../contract/history';

export async function listHistory(
  ctx: WorkspaceContext,
  filter: { entityType?: string; entityId?: string; limit?: number },
): Promise<HistoryEntry[]> {
  let q = ctx.db.selectFrom('audit_log').selectAll().where('workspace_id', '=', ctx.workspaceId);
  if (filter.entityType) q = q.where('entity_type', '=', filter.entityType);
  if (filter.entityId) q = q.where('entity_id', '=', filter.entityId);
  const rows = await q
    .orderBy('id', 'desc')
    .limit(filter.limit ?? 100)
    .execute();
  return rows.map((r) => ({
    id: Number(r.id),
    entityType: r.entity_type,
    entityId: r.entity_id,
    action: r.action,
    actor: r.actor,
    changes: r.changes,
    at: r.at.toISOString(),
  }));
}
