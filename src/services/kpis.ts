import type { Kpi, KpiInput, KpiValueInput } from '../contract/kpis';
import { kpiStatus, type KpiDirection } from '../core/kpiStatus';
import { err, ok, type Result } from '../core/result';
import { recordHistory } from './audit';
import type { WorkspaceContext } from './context';
import { getTouchpoint } from './touchpoints';

type KpiValue = NonNullable<Kpi['latest']>;

export async function listKpis(
  ctx: WorkspaceContext,
  filter: { touchpointId?: string; ids?: string[] } = {},
): Promise<Kpi[]> {
  let q = ctx.db.selectFrom('kpis').selectAll().where('workspace_id', '=', ctx.workspaceId);
  if (filter.touchpointId) q = q.where('touchpoint_id', '=', filter.touchpointId);
  if (filter.ids) q = filter.ids.length ? q.where('id', 'in', filter.ids) : q.where((eb) => eb.val(false));
  const rows = await q.orderBy('name').execute();
  if (rows.length === 0) return [];
  const latest = await ctx.db
    .selectFrom('kpi_values')
    .distinctOn('kpi_id')
    .select(['kpi_id', 'measured_on', 'value', 'source', 'note'])
    .where('workspace_id', '=', ctx.workspaceId)
    .where(
      'kpi_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('kpi_id')
    .orderBy('measured_on', 'desc')
    .execute();
  return rows.map((r) => {
    const l = latest.find((x) => x.kpi_id === r.id);
    const direction = r.direction as KpiDirection;
    return {
      id: r.id,
      touchpointId: r.touchpoint_id,
      name: r.name,
      unit: r.unit,
      direction,
      targetValue: r.target_value,
      latest: l
        ? { measuredOn: l.measured_on, value: l.value, source: l.source as KpiValue['source'], note: l.note }
        : null,
      status: kpiStatus(l?.value ?? null, r.target_value, direction),
    };
  });
}

export async function getKpi(ctx: WorkspaceContext, id: string): Promise<Result<Kpi>> {
  const [k] = await listKpis(ctx, { ids: [id] });
  return k ? ok(k) : err('not_found', 'KPI not found', { id });
}

export async function createKpi(
  ctx: WorkspaceContext,
  touchpointId: string,
  input: KpiInput,
): Promise<Result<Kpi>> {
  const tp = await getTouchpoint(ctx, touchpointId);
  if (!tp.ok) return tp;
  const row = await ctx.db
    .insertInto('kpis')
    .values({
      workspace_id: ctx.workspaceId,
      touchpoint_id: touchpointId,
      name: input.name,
      unit: input.unit ?? '',
      direction: input.direction ?? 'higher_is_better',
      target_value: input.targetValue ?? null,
    })
    .onConflict((oc) => oc.columns(['workspace_id', 'touchpoint_id', 'name']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!row)
    return err('conflict', `This touchpoint has a KPI named ${input.name} already`, { field: 'name' });
  await recordHistory(ctx, {
    entityType: 'kpi',
    entityId: row.id,
    action: 'created',
    changes: { touchpointId, ...input },
  });
  return getKpi(ctx, row.id);
}

export async function updateKpi(
  ctx: WorkspaceContext,
  id: string,
  patch: Partial<KpiInput>,
): Promise<Result<Kpi>> {
  if (patch.name !== undefined) {
    const current = await getKpi(ctx, id);
    if (!current.ok) return current;
    const twin = await ctx.db
      .selectFrom('kpis')
      .select('id')
      .where('workspace_id', '=', ctx.workspaceId)
      .where('touchpoint_id', '=', current.value.touchpointId)
      .where('name', '=', patch.name)
      .where('id', '!=', id)
      .executeTakeFirst();
    if (twin)
      return err('conflict', `This touchpoint has a KPI named ${patch.name} already`, { field: 'name' });
  }
  const row = await ctx.db
    .updateTable('kpis')
    .set({
      ...(patch.name !== undefined && { name: patch.name }),
      ...(patch.unit !== undefined && { unit: patch.unit }),
      ...(patch.direction !== undefined && { direction: patch.direction }),
      ...(patch.targetValue !== undefined && { target_value: patch.targetValue }),
    })
    .where('workspace_id', '=', ctx.workspaceId)
    .where('id', '=', id)
    .returning('id')
    .executeTakeFirst();
  if (!row) return err('not_found', 'KPI not found', { id });
  await recordHistory(ctx, { entityType: 'kpi', entityId: id, action: 'updated', changes: patch });
  return getKpi(ctx, id);
}

export async function deleteKpi(ctx: WorkspaceContext, id: string): Promise<Result<{ id: string }>> {
  const row = await ctx.db
    .deleteFrom('kpis')
    .where('workspace_id', '=', ctx.workspaceId)
    .where('id', '=', id)
    .returning('id')
    .executeTakeFirst();
  if (!row) return err('not_found', 'KPI not found', { id });
  await recordHistory(ctx, { entityType: 'kpi', entityId: id, action: 'deleted' });
  return ok({ id });
}

/** Records the value of a KPI on a day; a second value for the same day replaces the first. */
export async function recordKpiValue(
  ctx: WorkspaceContext,
  kpiId: string,
  input: KpiValueInput,
  source: 'manual' | 'import' = 'manual',
): Promise<Result<KpiValue>> {
  const kpi = await getKpi(ctx, kpiId);
  if (!kpi.ok) return kpi;
  await ctx.db
    .insertInto('kpi_values')
    .values({
      workspace_id: ctx.workspaceId,
      kpi_id: kpiId,
      measured_on: input.measuredOn,
      value: input.value,
      source,
      note: input.note ?? '',
    })
    .onConflict((oc) =>
      oc
        .columns(['workspace_id', 'kpi_id', 'measured_on'])
        .doUpdateSet({ value: input.value, source, note: input.note ?? '' }),
    )
    .execute();
  return ok({ measuredOn: input.measuredOn, value: input.value, source, note: input.note ?? '' });
}

export async function listKpiValues(
  ctx: WorkspaceContext,
  kpiId: string,
  range: { from?: string; to?: string } = {},
): Promise<Result<KpiValue[]>> {
  const kpi = await getKpi(ctx, kpiId);
  if (!kpi.ok) return kpi;
  let q = ctx.db
    .selectFrom('kpi_values')
    .select(['measured_on', 'value', 'source', 'note'])
    .where('workspace_id', '=', ctx.workspaceId)
    .where('kpi_id', '=', kpiId);
  if (range.from) q = q.where('measured_on', '>=', range.from);
  if (range.to) q = q.where('measured_on', '<=', range.to);
  const rows = await q.orderBy('measured_on').execute();
  return ok(
    rows.map((r) => ({
      measuredOn: r.measured_on,
      value: r.value,
      source: r.source as KpiValue['source'],
      note: r.note,
    })),
  );
}
