import type { Kpi, KpiInput, KpiValue, KpiValueInput } from '../contract/kpis';
import { kpiStatusOf } from '../core/kpis/band';
import { metricByKey, type MetricDefinition } from '../core/kpis/metrics';
import { err, ok, type Result } from '../core/result';
import { recordHistory } from './audit';
import type { WorkspaceContext } from './context';
import { getTouchpoint } from './touchpoints';
import { raiseAlertIfOutOfBand } from './kpis/alerts';
import { deleteWithHistory } from './deleteWithHistory';
import type { Deleted } from '../contract/common';

export async function listKpis(
  ctx: WorkspaceContext,
  filter: { touchpointId?: string; ids?: string[] } = {},
): Promise<Kpi[]> {
  let q = ctx.db.selectFrom('kpis').selectAll().where('workspace_id', '=', ctx.workspaceId);
  if (filter.touchpointId) q = q.where('touchpoint_id', '=', filter.touchpointId);
  if (filter.ids) q = filter.ids.length ? q.where('id', 'in', filter.ids) : q.where((eb) => eb.val(false));
  const rows = await q.orderBy('name').execute();
  if (rows.length === 0) return [];
  // The latest value and the status leave out today's computed value: the day is not over yet (the
  // nightly job checks it for alerts tomorrow, too). Values entered by hand count on the day.
  const today = new Date().toISOString().slice(0, 10);
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
    .where((eb) => eb.or([eb('source', '<>', 'computed'), eb('measured_on', '<', today)]))
    .orderBy('kpi_id')
    .orderBy('measured_on', 'desc')
    .execute();
  return rows.map((r) => {
    const l = latest.find((x) => x.kpi_id === r.id);
    const direction = r.direction;
    return {
      id: r.id,
      touchpointId: r.touchpoint_id,
      name: r.name,
      unit: r.unit,
      direction,
      targetValue: r.target_value,
      metric: r.metric,
      params: r.params,
      bandLow: r.band_low,
      bandHigh: r.band_high,
      alertEmails: r.alert_emails,
      alertWebhook: r.alert_webhook,
      latest: l ? { measuredOn: l.measured_on, value: l.value, source: l.source, note: l.note } : null,
      status: kpiStatusOf(l?.value ?? null, {
        target: r.target_value,
        direction,
        bandLow: r.band_low,
        bandHigh: r.band_high,
      }),
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
  const metric = checkMetric(input.metric ?? null, input.params ?? {});
  if (!metric.ok) return metric;
  const row = await ctx.db
    .insertInto('kpis')
    .values({
      workspace_id: ctx.workspaceId,
      touchpoint_id: touchpointId,
      name: input.name,
      unit: input.unit ?? metric.value?.unit ?? '',
      direction: input.direction ?? metric.value?.direction ?? 'higher_is_better',
      target_value: input.targetValue ?? null,
      ...computedKpiColumns(input),
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
  if (patch.metric !== undefined || patch.params !== undefined) {
    const current = await getKpi(ctx, id);
    if (!current.ok) return current;
    const metric = checkMetric(
      patch.metric !== undefined ? patch.metric : current.value.metric,
      patch.params ?? current.value.params,
    );
    if (!metric.ok) return metric;
  }
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
  const changes = {
    ...(patch.name !== undefined && { name: patch.name }),
    ...(patch.unit !== undefined && { unit: patch.unit }),
    ...(patch.direction !== undefined && { direction: patch.direction }),
    ...(patch.targetValue !== undefined && { target_value: patch.targetValue }),
    ...computedKpiColumns(patch),
  };
  // An UPDATE without a SET list is a syntax error; the API refuses an empty patch before this.
  if (Object.keys(changes).length === 0) return err('validation_failed', 'Nothing to change');
  const row = await ctx.db
    .updateTable('kpis')
    .set(changes)
    .where('workspace_id', '=', ctx.workspaceId)
    .where('id', '=', id)
    .returning('id')
    .executeTakeFirst();
  if (!row) return err('not_found', 'KPI not found', { id });
  await recordHistory(ctx, { entityType: 'kpi', entityId: id, action: 'updated', changes: patch });
  return getKpi(ctx, id);
}

export async function deleteKpi(ctx: WorkspaceContext, id: string): Promise<Result<Deleted>> {
  return deleteWithHistory(ctx, 'kpis', id, 'KPI');
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
  await raiseAlertIfOutOfBand(ctx.db, ctx.workspaceId, kpiId, input.measuredOn, input.value);
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
      source: r.source,
      note: r.note,
    })),
  );
}

/** The metric a KPI names, with its parameters checked against the catalogue; null for a manual KPI. */
function checkMetric(key: string | null, params: Record<string, unknown>): Result<MetricDefinition | null> {
  if (key === null) return ok(null);
  const metric = metricByKey(key);
  if (!metric) return err('validation_failed', `metric: unknown metric ${key}`, { field: 'metric' });
  const parsed = metric.params.safeParse(params);
  if (!parsed.success)
    return err('validation_failed', `params: ${parsed.error.issues[0]?.message ?? 'invalid'} for ${key}`, {
      field: 'params',
      issues: parsed.error.issues.map((i) => ({
        field: ['params', ...i.path.map(String)].join('.'),
        message: i.message,
      })),
    });
  return ok(metric);
}

/** The columns of computed KPIs and alerts that an input sets (left-out fields stay as they are). */
function computedKpiColumns(input: Partial<KpiInput>) {
  return {
    ...(input.metric !== undefined && { metric: input.metric }),
    ...(input.params !== undefined && { params: JSON.stringify(input.params) }),
    ...(input.bandLow !== undefined && { band_low: input.bandLow }),
    ...(input.bandHigh !== undefined && { band_high: input.bandHigh }),
    ...(input.alertEmails !== undefined && { alert_emails: JSON.stringify(input.alertEmails) }),
    ...(input.alertWebhook !== undefined && { alert_webhook: input.alertWebhook }),
  };
}
