import type { Selectable } from 'kysely';
import type { Deleted } from '../../contract/common';
import type { Kpi } from '../../contract/kpis';
import type { Goal, GoalInput, GoalKpi, GoalPatch } from '../../contract/strategy';
import { err, ok, type Result } from '../../core/result';
import { checkGoal, goalStatus, type GoalCategory, type GoalLevel } from '../../core/strategy';
import type { Db } from '../../db/database';
import type { GoalsTable } from '../../db/schema';
import { inTransaction } from '../../db/transaction';
import { recordHistory } from '../audit';
import type { WorkspaceContext } from '../context';
import { listKpis } from '../kpis';
import { checkTouchpointRef } from './touchpointRef';

/**
 * The goals of the workspace, macro goals first, each with its linked KPIs (latest value, status) and
 * the status those KPIs give it.
 * @example const goals = await listGoals(ctx); goals.filter((g) => g.status === 'no_kpi')
 */
export async function listGoals(
  ctx: WorkspaceContext,
  filter: { touchpointId?: string; ids?: string[] } = {},
): Promise<Goal[]> {
  let q = ctx.db.selectFrom('goals').selectAll().where('workspace_id', '=', ctx.workspaceId);
  if (filter.touchpointId) q = q.where('touchpoint_id', '=', filter.touchpointId);
  if (filter.ids) q = filter.ids.length ? q.where('id', 'in', filter.ids) : q.where((eb) => eb.val(false));
  const rows = await q.orderBy('level').orderBy('created_at').orderBy('id').execute();
  if (rows.length === 0) return [];
  const links = await ctx.db
    .selectFrom('goal_kpis')
    .select(['goal_id', 'kpi_id'])
    .where('workspace_id', '=', ctx.workspaceId)
    .where(
      'goal_id',
      'in',
      rows.map((r) => r.id),
    )
    .execute();
  const kpis = links.length ? await listKpis(ctx, { ids: [...new Set(links.map((l) => l.kpi_id))] }) : [];
  const kpiById = new Map(kpis.map((k) => [k.id, toGoalKpi(k)]));
  return rows.map((r) => {
    const own = links
      .filter((l) => l.goal_id === r.id)
      .flatMap((l) => kpiById.get(l.kpi_id) ?? [])
      .sort((a, b) => a.name.localeCompare(b.name));
    return toGoal(r, own);
  });
}

export async function getGoal(ctx: WorkspaceContext, id: string): Promise<Result<Goal>> {
  const [goal] = await listGoals(ctx, { ids: [id] });
  return goal ? ok(goal) : err('not_found', 'Goal not found', { id });
}

async function levelOf(db: Db, workspaceId: string, id: string | null): Promise<GoalLevel | undefined> {
  if (id === null) return undefined;
  const row = await db
    .selectFrom('goals')
    .select('level')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.level;
}

async function childrenOf(db: Db, workspaceId: string, id: string | undefined): Promise<number> {
  if (id === undefined) return 0;
  const row = await db
    .selectFrom('goals')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('workspace_id', '=', workspaceId)
    .where('parent_id', '=', id)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The references a goal names: its parent fits the model, its touchpoint and KPIs are the workspace's. */
async function checkRefs(
  ctx: WorkspaceContext,
  goal: { id?: string; level: GoalLevel; category: GoalCategory; parentId: string | null },
  refs: { touchpointId?: string | null | undefined; kpiIds?: string[] | undefined },
): Promise<Result<true>> {
  const shape = checkGoal(
    goal,
    await levelOf(ctx.db, ctx.workspaceId, goal.parentId),
    await childrenOf(ctx.db, ctx.workspaceId, goal.id),
  );
  if (!shape.ok) return shape;
  const tp = await checkTouchpointRef(ctx, refs.touchpointId);
  if (!tp.ok) return tp;
  if (refs.kpiIds?.length) {
    const found = await ctx.db
      .selectFrom('kpis')
      .select('id')
      .where('workspace_id', '=', ctx.workspaceId)
      .where('id', 'in', refs.kpiIds)
      .execute();
    const missing = refs.kpiIds.filter((id) => !found.some((f) => f.id === id));
    if (missing.length) return err('validation_failed', 'kpiIds: unknown KPI', { field: 'kpiIds', missing });
  }
  return ok(true);
}

async function linkKpis(trx: Db, workspaceId: string, goalId: string, kpiIds: string[]): Promise<void> {
  await trx
    .deleteFrom('goal_kpis')
    .where('workspace_id', '=', workspaceId)
    .where('goal_id', '=', goalId)
    .execute();
  if (kpiIds.length)
    await trx
      .insertInto('goal_kpis')
      .values([...new Set(kpiIds)].map((kpi_id) => ({ workspace_id: workspaceId, goal_id: goalId, kpi_id })))
      .execute();
}

function columns(p: GoalPatch) {
  return {
    ...(p.level !== undefined && { level: p.level }),
    ...(p.title !== undefined && { title: p.title }),
    ...(p.description !== undefined && { description: p.description }),
    ...(p.category !== undefined && { category: p.category }),
    ...(p.parentId !== undefined && { parent_id: p.parentId }),
    ...(p.targetDate !== undefined && { target_date: p.targetDate }),
    ...(p.touchpointId !== undefined && { touchpoint_id: p.touchpointId }),
  };
}

export async function createGoal(ctx: WorkspaceContext, input: GoalInput): Promise<Result<Goal>> {
  const shape = { level: input.level, category: input.category ?? 'other', parentId: input.parentId ?? null };
  const refs = await checkRefs(ctx, shape, input);
  if (!refs.ok) return refs;
  const id = await inTransaction(ctx.db, async (trx) => {
    const row = await trx
      .insertInto('goals')
      .values({
        workspace_id: ctx.workspaceId,
        parent_id: shape.parentId,
        touchpoint_id: input.touchpointId ?? null,
        ...columns(input),
        level: input.level,
        title: input.title,
        category: shape.category,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (input.kpiIds) await linkKpis(trx, ctx.workspaceId, row.id, input.kpiIds);
    await recordHistory(
      ctx,
      { entityType: 'goal', entityId: row.id, action: 'created', changes: { ...input } },
      trx,
    );
    return row.id;
  });
  return getGoal(ctx, id);
}

export async function updateGoal(ctx: WorkspaceContext, id: string, patch: GoalPatch): Promise<Result<Goal>> {
  const current = await getGoal(ctx, id);
  if (!current.ok) return current;
  const level = patch.level ?? current.value.level;
  const shape = {
    id,
    level,
    // A goal that becomes a macro goal leaves its parent; its category must then be one of a macro goal.
    parentId:
      patch.parentId !== undefined ? patch.parentId : level === 'macro' ? null : current.value.parentId,
    category: patch.category ?? current.value.category,
  };
  const refs = await checkRefs(ctx, shape, patch);
  if (!refs.ok) return refs;
  await inTransaction(ctx.db, async (trx) => {
    await trx
      .updateTable('goals')
      .set({ ...columns(patch), parent_id: shape.parentId, updated_at: new Date() })
      .where('workspace_id', '=', ctx.workspaceId)
      .where('id', '=', id)
      .execute();
    if (patch.kpiIds !== undefined) await linkKpis(trx, ctx.workspaceId, id, patch.kpiIds);
    await recordHistory(
      ctx,
      { entityType: 'goal', entityId: id, action: 'updated', changes: { ...patch } },
      trx,
    );
  });
  return getGoal(ctx, id);
}

/** Deletes a goal; micro goals under a deleted macro goal stay, without a parent. */
export async function deleteGoal(ctx: WorkspaceContext, id: string): Promise<Result<Deleted>> {
  const row = await ctx.db
    .deleteFrom('goals')
    .where('workspace_id', '=', ctx.workspaceId)
    .where('id', '=', id)
    .returning(['id', 'title'])
    .executeTakeFirst();
  if (!row) return err('not_found', 'Goal not found', { id });
  await recordHistory(ctx, {
    entityType: 'goal',
    entityId: id,
    action: 'deleted',
    changes: { title: row.title },
  });
  return ok({ id });
}

function toGoalKpi(k: Kpi): GoalKpi {
  return {
    id: k.id,
    name: k.name,
    touchpointId: k.touchpointId,
    unit: k.unit,
    direction: k.direction,
    targetValue: k.targetValue,
    latest: k.latest,
    status: k.status,
  };
}

function toGoal(r: Selectable<GoalsTable>, kpis: GoalKpi[]): Goal {
  return {
    id: r.id,
    level: r.level,
    parentId: r.parent_id,
    title: r.title,
    description: r.description,
    category: r.category,
    targetDate: r.target_date,
    touchpointId: r.touchpoint_id,
    kpis,
    status: goalStatus(kpis.map((k) => k.status)),
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}
