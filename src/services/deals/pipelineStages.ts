import { sql } from 'kysely';
import type { PipelineStagesInput } from '../../contract/deals';
import { checkPipelineStages, DEFAULT_PIPELINE_STAGES, type PipelineStage } from '../../core/pipeline';
import { ok, type Result } from '../../core/result';
import type { Db } from '../../db/database';
import { inTransaction } from '../../db/transaction';
import { recordHistory } from '../audit';
import type { WorkspaceContext } from '../context';

/**
 * The workspace's pipeline stages in board order; the defaults (src/core/pipeline) while it has not
 * configured its own.
 *
 * @example const stages = await loadPipelineStages(ctx.db, ctx.workspaceId);
 */
export async function loadPipelineStages(db: Db, workspaceId: string): Promise<readonly PipelineStage[]> {
  const rows = await db
    .selectFrom('pipeline_stages')
    .select(['key', 'name', 'probability', 'kind'])
    .where('workspace_id', '=', workspaceId)
    .orderBy('position')
    .execute();
  return rows.length ? rows : DEFAULT_PIPELINE_STAGES;
}

/** Replaces the stage configuration; a stage that still holds deals cannot be removed. */
export async function savePipelineStages(
  ctx: WorkspaceContext,
  input: PipelineStagesInput,
): Promise<Result<readonly PipelineStage[]>> {
  return inTransaction(ctx.db, async (trx) => {
    // Serialises concurrent saves and stage moves of the workspace against the check below.
    await sql`select pg_advisory_xact_lock(hashtext('pipeline:' || ${ctx.workspaceId}))`.execute(trx);
    const inUse = await trx
      .selectFrom('deals')
      .select('stage')
      .distinct()
      .where('workspace_id', '=', ctx.workspaceId)
      .execute();
    const checked = checkPipelineStages(input.stages, new Set(inUse.map((r) => r.stage)));
    if (!checked.ok) return checked;
    const before = await loadPipelineStages(trx, ctx.workspaceId);
    await trx.deleteFrom('pipeline_stages').where('workspace_id', '=', ctx.workspaceId).execute();
    await trx
      .insertInto('pipeline_stages')
      .values(input.stages.map((s, position) => ({ workspace_id: ctx.workspaceId, ...s, position })))
      .execute();
    await recordHistory(
      ctx,
      {
        entityType: 'pipeline',
        entityId: null,
        action: 'stages_changed',
        changes: { before, after: input.stages },
      },
      trx,
    );
    return ok(input.stages);
  });
}
