import { sql } from 'kysely';
import type { MapLive, MapLiveQuery } from '../../contract/mapLive';
import type { KpiDirection, KpiStatus } from '../../core/kpiStatus';
import { kpiStatusOf } from '../../core/kpis/band';
import { touchpointKpiStatus } from '../../core/mapLive/touchpointKpiStatus';
import type { WorkspaceContext } from '../context';
import { resolveDateRange } from './dateRange';
import { CONVERSION_TYPES } from './getTouchpointLiveActivity';
import { getPhaseFunnel } from './phaseFunnel';

/**
 * The live layer of the journey map for a period: per touchpoint its interactions and conversions
 * (from `daily_touchpoint_stats`, so their cost follows the days, not the history), its distinct
 * people (one range scan of the period's events, as the touchpoint page counts them: people cannot be
 * added up from daily figures) and its KPI status (each KPI's latest value in the period against its
 * target, the worst one shown); per phase the profiles that reached it, as the phase funnel counts.
 *
 * @example await getMapLive(ctx, { from: '2026-03-01', to: '2026-03-31' })
 */
export async function getMapLive(ctx: WorkspaceContext, query: MapLiveQuery): Promise<MapLive> {
  const { from, to } = resolveDateRange(query);
  const ws = ctx.workspaceId;
  const conversionTypes = [...CONVERSION_TYPES];
  // As the KPI list: today's computed value is left out, the day is not over yet.
  const today = new Date().toISOString().slice(0, 10);
  const [touchpoints, stats, people, kpis, funnel, phaseIds] = await Promise.all([
    ctx.db
      .selectFrom('touchpoints')
      .select('id')
      .where('workspace_id', '=', ws)
      .where('retired_at', 'is', null)
      .execute(),
    sql<{ touchpoint_key: string; interactions: number; conversions: number }>`
      select touchpoint_key, sum(events)::int as interactions,
        coalesce(sum(events) filter (where event_type = any(${conversionTypes}::text[])), 0)::int as conversions
      from daily_touchpoint_stats
      where workspace_id = ${ws} and day >= ${from}::date and day <= ${to}::date
      group by touchpoint_key
    `.execute(ctx.db),
    sql<{ touchpoint_id: string; people: number }>`
      select touchpoint_id, count(distinct profile_id)::int as people
      from events
      where workspace_id = ${ws} and touchpoint_id is not null and profile_id is not null
        and occurred_at >= (${from}::date)::timestamp at time zone 'UTC'
        and occurred_at < (${to}::date + 1)::timestamp at time zone 'UTC'
      group by touchpoint_id
    `.execute(ctx.db),
    sql<{
      touchpoint_id: string;
      direction: string;
      target_value: number | null;
      band_low: number | null;
      band_high: number | null;
      value: number | null;
    }>`
      select k.touchpoint_id, k.direction, k.target_value, k.band_low, k.band_high, v.value
      from kpis k
      left join lateral (
        select value from kpi_values kv
        where kv.workspace_id = k.workspace_id and kv.kpi_id = k.id
          and kv.measured_on >= ${from}::date and kv.measured_on <= ${to}::date
          and (kv.source <> 'computed' or kv.measured_on < ${today}::date)
        order by kv.measured_on desc limit 1
      ) v on true
      where k.workspace_id = ${ws}
    `.execute(ctx.db),
    getPhaseFunnel(ctx, { from, to }),
    ctx.db
      .selectFrom('phases as p')
      .innerJoin('workspaces as w', (j) =>
        j
          .onRef('w.workspace_id', '=', 'p.workspace_id')
          .onRef('w.journey_model_id', '=', 'p.journey_model_id'),
      )
      .select(['p.id', 'p.key'])
      .where('p.workspace_id', '=', ws)
      .execute(),
  ]);
  const statsOf = new Map(stats.rows.map((r) => [r.touchpoint_key, r]));
  const peopleOf = new Map(people.rows.map((r) => [r.touchpoint_id, r.people]));
  const statusesOf = new Map<string, KpiStatus[]>();
  for (const k of kpis.rows) {
    const status = kpiStatusOf(k.value === null ? null : Number(k.value), {
      target: k.target_value === null ? null : Number(k.target_value),
      direction: k.direction as KpiDirection,
      bandLow: k.band_low === null ? null : Number(k.band_low),
      bandHigh: k.band_high === null ? null : Number(k.band_high),
    });
    statusesOf.set(k.touchpoint_id, [...(statusesOf.get(k.touchpoint_id) ?? []), status]);
  }
  const idOfKey = new Map(phaseIds.map((p) => [p.key, p.id]));
  return {
    from,
    to,
    touchpoints: touchpoints.map(({ id }) => {
      const statuses = statusesOf.get(id) ?? [];
      return {
        touchpointId: id,
        interactions: statsOf.get(id)?.interactions ?? 0,
        people: peopleOf.get(id) ?? 0,
        conversions: statsOf.get(id)?.conversions ?? 0,
        kpiStatus: touchpointKpiStatus(statuses),
        kpis: statuses.length,
      };
    }),
    // No segment is asked for, so the funnel cannot fail.
    phases: (funnel.ok ? funnel.value.phases : []).flatMap((p) => {
      const phaseId = idOfKey.get(p.key);
      return phaseId === undefined ? [] : [{ phaseId, key: p.key, profiles: p.profiles }];
    }),
  };
}
