import { sql, type RawBuilder } from 'kysely';
import type { PathOptions, TouchpointSequence } from '../../core/paths';
import type { WorkspaceContext } from '../context';

/** Which events an analysis counts beside its period. */
export interface AnalysisFilters {
  persona?: string | undefined;
  channel?: string | undefined;
}

/** The instants a period of UTC days (both included) spans, as SQL values. */
export function periodBounds(period: { from: string; to: string }): {
  from: RawBuilder<Date>;
  to: RawBuilder<Date>;
} {
  return {
    from: sql<Date>`((${period.from}::date)::timestamp at time zone 'UTC')`,
    to: sql<Date>`((${period.to}::date + 1)::timestamp at time zone 'UTC')`,
  };
}

/** The filters as `and …` conditions on events `e`; values go in as parameters. */
export function analysisFilterSql(filters: AnalysisFilters): RawBuilder<unknown> {
  const conditions: RawBuilder<unknown>[] = [];
  if (filters.channel !== undefined) conditions.push(sql`and e.channel = ${filters.channel}`);
  if (filters.persona !== undefined)
    conditions.push(sql`and exists (select 1 from touchpoint_personas tpp
      where tpp.workspace_id = e.workspace_id and tpp.touchpoint_id = e.touchpoint_id
        and tpp.persona_id = ${filters.persona}::uuid)`);
  return sql.join(conditions, sql` `);
}

/**
 * One scan of the events at touchpoints in a period for the paths: per profile its touchpoints in time
 * order, consecutive repeats removed in SQL when asked, and trimmed in SQL to the part the paths read
 * (from the first reach of the start touchpoint up to depth + 1 touchpoints, or the depth + 1 before the
 * first reach of the end), so only profiles that reached the anchor come back, and few rows each.
 * `computePaths` gives the same answer on the trimmed sequences as on the whole ones.
 *
 * @example await scanPathSequences(ctx, options, { from: '2026-03-01', to: '2026-03-31' }, {})
 */
export async function scanPathSequences(
  ctx: WorkspaceContext,
  options: PathOptions,
  period: { from: string; to: string },
  filters: AnalysisFilters,
): Promise<TouchpointSequence[]> {
  const { from, to } = periodBounds(period);
  const anchor = options.anchor.touchpointId;
  const keep =
    options.anchor.kind === 'start'
      ? sql`rn between anchor_rn and anchor_rn + ${options.depth}`
      : sql`rn between anchor_rn - ${options.depth} and anchor_rn`;
  const { rows } = await sql<{ profile_id: string; touchpoint_ids: string[] }>`
    with touches as (
      select e.profile_id, e.touchpoint_id, e.occurred_at, e.seq,
        lag(e.touchpoint_id) over (partition by e.profile_id order by e.occurred_at, e.seq) as previous
      from events e
      where e.workspace_id = ${ctx.workspaceId}::uuid
        and e.occurred_at >= ${from} and e.occurred_at < ${to}
        and e.profile_id is not null and e.touchpoint_id is not null
        ${analysisFilterSql(filters)}
    ), numbered as (
      select profile_id, touchpoint_id,
        row_number() over (partition by profile_id order by occurred_at, seq) as rn
      from touches
      where ${options.collapse ? sql`previous is distinct from touchpoint_id` : sql`true`}
    ), anchored as (
      select profile_id, touchpoint_id, rn,
        min(rn) filter (where touchpoint_id = ${anchor}::uuid) over (partition by profile_id) as anchor_rn
      from numbered
    )
    select profile_id, array_agg(touchpoint_id::text order by rn) as touchpoint_ids
    from anchored
    where anchor_rn is not null and ${keep}
    group by profile_id
    order by profile_id
  `.execute(ctx.db);
  return rows.map((r) => ({ profileId: r.profile_id, touchpointIds: r.touchpoint_ids }));
}
