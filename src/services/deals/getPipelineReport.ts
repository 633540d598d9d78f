import { sql } from 'kysely';
import type { PipelineReport } from '../../contract/deals';
import { cents, closeReasons, weightedForecast } from '../../core/pipeline';
import type { WorkspaceContext } from '../context';
import { loadPipelineStages } from './pipelineStages';

/**
 * The pipeline report: stage conversion and velocity from the stage history, won and lost reasons,
 * the weighted forecast per month of expected close, and totals. The store sums and orders (so 50,000
 * deals stay fast); the rules are the core's (`weightedForecast`, `closeReasons`; `stageFlow` is the
 * same rule over single rows, and the tests compare the two).
 *
 * @example await getPipelineReport(ctx, {})
 */
export async function getPipelineReport(
  ctx: WorkspaceContext,
  query: { ownerUserId?: string | undefined },
): Promise<PipelineReport> {
  const ws = ctx.workspaceId;
  const stages = await loadPipelineStages(ctx.db, ws);
  const owner = query.ownerUserId ?? null;
  const open = stages.filter((s) => s.kind === 'open').map((s) => s.key);
  const won = stages.find((s) => s.kind === 'won')?.key ?? 'won';
  const [forecastRows, reasonRows, flowRows] = await Promise.all([
    sql<{ stage: string; probability: number | null; month: string | null; n: number; value: number }>`
      select stage, probability,
        case when closed_at is not null then to_char(closed_at at time zone 'UTC', 'YYYY-MM-01')
             else to_char(expected_close, 'YYYY-MM-01') end as month,
        count(*)::int as n, coalesce(sum(value), 0) as value
      from deals
      where workspace_id = ${ws} and (${owner}::uuid is null or owner_user_id = ${owner}::uuid)
      group by 1, 2, 3
    `.execute(ctx.db),
    sql<{ stage: string; reason: string; n: number; value: number }>`
      select stage, min(trim(reason)) as reason, count(*)::int as n, coalesce(sum(value), 0) as value
      from deals
      where workspace_id = ${ws} and closed_at is not null
        and (${owner}::uuid is null or owner_user_id = ${owner}::uuid)
      group by stage, lower(trim(reason))
    `.execute(ctx.db),
    // One row per stay in a stage: the next change of the same deal ends it.
    sql<{ stage: string; entered: number; forward: number; median_days: number | null; stays: number }>`
      with h as (
        select h.deal_id, h.to_stage, h.at,
          lead(h.to_stage) over w as next_stage, lead(h.at) over w as next_at
        from deal_stage_history h
        join deals d on d.workspace_id = h.workspace_id and d.id = h.deal_id
        where h.workspace_id = ${ws} and (${owner}::uuid is null or d.owner_user_id = ${owner}::uuid)
        window w as (partition by h.deal_id order by h.at, h.id)
      )
      select to_stage as stage, count(distinct deal_id)::int as entered,
        count(distinct deal_id) filter (
          where next_stage = ${won}
             or array_position(${open}::text[], next_stage) > array_position(${open}::text[], to_stage)
        )::int as forward,
        percentile_cont(0.5) within group (order by extract(epoch from next_at - at) / 86400)
          filter (where next_at is not null) as median_days,
        count(next_at)::int as stays
      from h group by to_stage
    `.execute(ctx.db),
  ]);
  const forecast = weightedForecast(
    forecastRows.rows.map((r) => ({
      stage: r.stage,
      probability: r.probability,
      value: Number(r.value),
      deals: Number(r.n),
      expectedClose: r.month,
      closedAt: null,
    })),
    // Closed rows are bucketed by their close month above, so the core reads it as the expected close.
    stages,
  );
  const kindOf = new Map(stages.map((s) => [s.key, s.kind]));
  const totals = { openDeals: 0, openValue: 0, weighted: 0, wonDeals: 0, wonValue: 0, lostDeals: 0 };
  for (const r of forecastRows.rows) {
    const kind = kindOf.get(r.stage) ?? 'open';
    if (kind === 'won') {
      totals.wonDeals += Number(r.n);
      totals.wonValue = cents(totals.wonValue + Number(r.value));
    } else if (kind === 'lost') totals.lostDeals += Number(r.n);
    else totals.openDeals += Number(r.n);
  }
  for (const f of forecast) {
    totals.openValue = cents(totals.openValue + f.openValue);
    totals.weighted = cents(totals.weighted + f.weighted);
  }
  const flow = new Map(flowRows.rows.map((r) => [r.stage, r]));
  const closed = totals.wonDeals + totals.lostDeals;
  return {
    stages: stages
      .filter((s) => s.kind === 'open')
      .map((s) => {
        const r = flow.get(s.key);
        const entered = Number(r?.entered ?? 0);
        const forward = Number(r?.forward ?? 0);
        return {
          stage: s.key,
          name: s.name,
          entered,
          forward,
          conversion: entered ? Math.round((forward / entered) * 1000) / 1000 : null,
          medianDays:
            r?.median_days === null || r === undefined ? null : Math.round(Number(r.median_days) * 10) / 10,
          stays: Number(r?.stays ?? 0),
        };
      }),
    reasons: closeReasons(
      reasonRows.rows.map((r) => ({
        stage: r.stage,
        reason: r.reason,
        value: Number(r.value),
        deals: Number(r.n),
      })),
      stages,
    ),
    forecast,
    totals: { ...totals, winRate: closed ? Math.round((totals.wonDeals / closed) * 1000) / 1000 : null },
  };
}
