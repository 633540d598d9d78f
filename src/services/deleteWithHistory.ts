import { err, ok, type Result } from '../core/result';
import { recordHistory, type AuditEntityType } from './audit';
import type { WorkspaceContext } from './context';
import type { Deleted } from '../contract/common';

/** Tables whose rows are deleted by id, with the entity type their history entries carry. */
const ENTITY_OF = {
  personas: 'persona',
  touchpoints: 'touchpoint',
  measures: 'measure',
  kpis: 'kpi',
  content_assets: 'content_asset',
  quickcheck_runs: 'quickcheck_run',
  touchpoint_mapping_rules: 'mapping_rule',
} as const satisfies Record<string, AuditEntityType>;

/**
 * Deletes one row of the workspace by id and records it in the history; not found (with `what` in
 * the message) when the workspace has no such row.
 *
 * @example await deleteWithHistory(ctx, 'measures', id, 'Measure') // ok({ id }) or not_found
 */
export async function deleteWithHistory(
  ctx: WorkspaceContext,
  table: keyof typeof ENTITY_OF,
  id: string,
  what: string,
): Promise<Result<Deleted>> {
  const row = await ctx.db
    .deleteFrom(table)
    .where('workspace_id', '=', ctx.workspaceId)
    .where('id', '=', id)
    .returning('id')
    .executeTakeFirst();
  if (!row) return err('not_found', `${what} not found`, { id });
  await recordHistory(ctx, { entityType: ENTITY_OF[table], entityId: id, action: 'deleted' });
  return ok({ id });
}
