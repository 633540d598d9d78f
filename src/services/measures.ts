import { inTransaction } from '../db/transaction';
import type { Selectable } from 'kysely';
import type { MeasuresTable } from '../db/schema';
import type { Measure, MeasureInput, MeasurePatch } from '../contract/measures';
import type { MeasureStatus } from '../core/model';
import { err, ok, type Result } from '../core/result';
import { recordHistory } from './audit';
import type { WorkspaceContext } from './context';
import { deleteWithHistory } from './deleteWithHistory';
import type { Deleted } from '../contract/common';

/** A measure is overdue when its due date has passed and it is neither done nor dropped. */
export function isOverdue(
  dueDate: string | null,
  status: MeasureStatus,
  today = new Date().toISOString().slice(0, 10),
): boolean {
  return dueDate !== null && dueDate < today && (status === 'planned' || status === 'in_progress');
}

export async function listMeasures(
  ctx: WorkspaceContext,
  filter: { status?: MeasureStatus; touchpointId?: string; ids?: string[] } = {},
): Promise<Measure[]> {
  let q = ctx.db.selectFrom('measures').selectAll().where('workspace_id', '=', ctx.workspaceId);
  if (filter.status) q = q.where('status', '=', filter.status);
  if (filter.ids) q = filter.ids.length ? q.where('id', 'in', filter.ids) : q.where((eb) => eb.val(false));
  if (filter.touchpointId) {
    const touchpointId = filter.touchpointId;
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('measure_touchpoints as mt')
          .select('mt.measure_id')
          .where('mt.workspace_id', '=', ctx.workspaceId)
          .where('mt.touchpoint_id', '=', touchpointId)
          .whereRef('mt.measure_id', '=', 'measures.id'),
      ),
    );
  }
  const rows = await q
    .orderBy('due_date', (ob) => ob.asc().nullsLast())
    .orderBy('title')
    .execute();
  if (rows.length === 0) return [];
  const links = await ctx.db
    .selectFrom('measure_touchpoints')
    .select(['measure_id', 'touchpoint_id'])
    .where('workspace_id', '=', ctx.workspaceId)
    .where(
      'measure_id',
      'in',
      rows.map((r) => r.id),
    )
    .execute();
  return rows.map((r) =>
    toMeasure(
      r,
      links.filter((l) => l.measure_id === r.id).map((l) => l.touchpoint_id),
    ),
  );
}

export async function getMeasure(ctx: WorkspaceContext, id: string): Promise<Result<Measure>> {
  const [m] = await listMeasures(ctx, { ids: [id] });
  return m ? ok(m) : err('not_found', 'Measure not found', { id });
}

async function checkRefs(ctx: WorkspaceContext, input: MeasurePatch): Promise<Result<true>> {
  if (input.touchpointIds?.length) {
    const found = await ctx.db
      .selectFrom('touchpoints')
      .select('id')
      .where('workspace_id', '=', ctx.workspaceId)
      .where('id', 'in', input.touchpointIds)
      .execute();
    const missing = input.touchpointIds.filter((id) => !found.some((f) => f.id === id));
    if (missing.length)
      return err('validation_failed', 'Unknown touchpoint', { field: 'touchpointIds', missing });
  }
  if (input.kpiId) {
    const kpi = await ctx.db
      .selectFrom('kpis')
      .select('id')
      .where('workspace_id', '=', ctx.workspaceId)
      .where('id', '=', input.kpiId)
      .executeTakeFirst();
    if (!kpi) return err('validation_failed', 'Unknown KPI', { field: 'kpiId' });
  }
  return ok(true);
}

function columns(p: MeasurePatch) {
  return {
    ...(p.title !== undefined && { title: p.title }),
    ...(p.description !== undefined && { description: p.description }),
    ...(p.owner !== undefined && { owner: p.owner }),
    ...(p.dueDate !== undefined && { due_date: p.dueDate }),
    ...(p.status !== undefined && { status: p.status, done_at: p.status === 'done' ? new Date() : null }),
    ...(p.effort !== undefined && { effort: p.effort }),
    ...(p.expectedImpact !== undefined && { expected_impact: p.expectedImpact }),
    ...(p.kpiId !== undefined && { kpi_id: p.kpiId }),
  };
}

export async function createMeasure(ctx: WorkspaceContext, input: MeasureInput): Promise<Result<Measure>> {
  const refs = await checkRefs(ctx, input);
  if (!refs.ok) return refs;
  const id = await inTransaction(ctx.db, async (trx) => {
    const row = await trx
      .insertInto('measures')
      .values({
        workspace_id: ctx.workspaceId,
        kpi_id: input.kpiId ?? null,
        ...columns(input),
        title: input.title,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (input.touchpointIds?.length)
      await trx
        .insertInto('measure_touchpoints')
        .values(
          [...new Set(input.touchpointIds)].map((touchpoint_id) => ({
            workspace_id: ctx.workspaceId,
            measure_id: row.id,
            touchpoint_id,
          })),
        )
        .execute();
    await recordHistory(
      ctx,
      { entityType: 'measure', entityId: row.id, action: 'created', changes: { title: input.title } },
      trx,
    );
    return row.id;
  });
  return getMeasure(ctx, id);
}

export async function updateMeasure(
  ctx: WorkspaceContext,
  id: string,
  patch: MeasurePatch,
): Promise<Result<Measure>> {
  const refs = await checkRefs(ctx, patch);
  if (!refs.ok) return refs;
  const found = await inTransaction(ctx.db, async (trx) => {
    const row = await trx
      .updateTable('measures')
      .set({ ...columns(patch), updated_at: new Date() })
      .where('workspace_id', '=', ctx.workspaceId)
      .where('id', '=', id)
      .returning('id')
      .executeTakeFirst();
    if (!row) return false;
    if (patch.touchpointIds !== undefined) {
      await trx
        .deleteFrom('measure_touchpoints')
        .where('workspace_id', '=', ctx.workspaceId)
        .where('measure_id', '=', id)
        .execute();
      if (patch.touchpointIds.length)
        await trx
          .insertInto('measure_touchpoints')
          .values(
            [...new Set(patch.touchpointIds)].map((touchpoint_id) => ({
              workspace_id: ctx.workspaceId,
              measure_id: id,
              touchpoint_id,
            })),
          )
          .execute();
    }
    await recordHistory(ctx, { entityType: 'measure', entityId: id, action: 'updated', changes: patch }, trx);
    return true;
  });
  if (!found) return err('not_found', 'Measure not found', { id });
  return getMeasure(ctx, id);
}

export async function deleteMeasure(ctx: WorkspaceContext, id: string): Promise<Result<Deleted>> {
  return deleteWithHistory(ctx, 'measures', id, 'Measure');
}

function toMeasure(r: Selectable<MeasuresTable>, touchpointIds: string[]): Measure {
  const status = r.status;
  return {
    id: r.id,
    title: r.title,
    description: r.description,
    owner: r.owner,
    dueDate: r.due_date,
    status,
    effort: r.effort,
    expectedImpact: r.expected_impact,
    kpiId: r.kpi_id,
    touchpointIds,
    overdue: isOverdue(r.due_date, status),
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
    doneAt: r.done_at?.toISOString() ?? null,
  };
}
