import type { Stages, StagesBody } from '../../contract/lifecycle';
import { checkStages } from '../../core/lifecycle/checkStages';
import { defaultStages, type StageDefinition } from '../../core/lifecycle/stageModel';
import { ok, type Result } from '../../core/result';
import type { Db } from '../../db/database';
import type { WorkspaceContext } from '../context';
import { recordHistory } from '../audit';
import { requestRescore } from '../scoring/requestRescore';

/**
 * The workspace's stages in order; the built-in list until the workspace saves its own.
 *
 * @example const stages = await loadStages(db, workspaceId); nextStage(stages, 'lead', 55)
 */
export async function loadStages(db: Db, workspaceId: string): Promise<StageDefinition[]> {
  const rows = await db
    .selectFrom('lifecycle_stages')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('position')
    .execute();
  if (rows.length === 0) return [...defaultStages];
  return rows.map((r) => ({
    key: r.key,
    nameDe: r.name_de,
    nameEn: r.name_en,
    kind: r.kind,
    minScore: r.min_score,
    manual: r.manual,
  }));
}

export async function getStages(ctx: WorkspaceContext): Promise<Stages> {
  const own = await ctx.db
    .selectFrom('lifecycle_stages')
    .select('key')
    .where('workspace_id', '=', ctx.workspaceId)
    .limit(1)
    .executeTakeFirst();
  return { stages: await loadStages(ctx.db, ctx.workspaceId), isDefault: !own };
}

/**
 * Replaces the stage list. Keys profiles are in today must stay (renaming a stage means changing its
 * names, not its key); thresholds may change, so every profile is rescored afterwards.
 */
export async function putStages(ctx: WorkspaceContext, body: StagesBody): Promise<Result<Stages>> {
  const checked = checkStages(body.stages);
  if (!checked.ok) return checked;
  const keys = new Set(checked.value.map((s) => s.key));
  const used = await ctx.db
    .selectFrom('profile_stages')
    .select('stage_key')
    .distinct()
    .where('workspace_id', '=', ctx.workspaceId)
    .execute();
  const missing = used.map((u) => u.stage_key).filter((k) => !keys.has(k));
  if (missing.length > 0)
    return {
      ok: false,
      error: {
        code: 'conflict',
        message: `Profiles are in stages this list leaves out: ${missing.join(', ')}`,
        details: { field: 'body.stages', missing },
      },
    };
  const before = await loadStages(ctx.db, ctx.workspaceId);
  await ctx.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('lifecycle_stages').where('workspace_id', '=', ctx.workspaceId).execute();
    await trx
      .insertInto('lifecycle_stages')
      .values(
        checked.value.map((s, position) => ({
          workspace_id: ctx.workspaceId,
          key: s.key,
          position,
          name_de: s.nameDe,
          name_en: s.nameEn,
          kind: s.kind,
          min_score: s.minScore,
          manual: s.manual,
        })),
      )
      .execute();
    await recordHistory(
      ctx,
      {
        entityType: 'lifecycle_stages',
        entityId: null,
        action: 'update',
        changes: { before, after: checked.value },
      },
      trx,
    );
    await requestRescore(trx, ctx.workspaceId);
  });
  return ok({ stages: checked.value, isDefault: false });
}
