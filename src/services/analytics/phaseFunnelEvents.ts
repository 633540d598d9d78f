import { sql, type Expression, type RawBuilder } from 'kysely';
import type { PhaseRef } from '../../contract/profiles';
import { ok, type Result } from '../../core/result';
import type { WorkspaceContext } from '../context';
import { segmentProfileFilter } from '../segments/segmentProfileFilter';

export interface FunnelFilters {
  persona?: string | undefined;
  channel?: string | undefined;
  channelClass?: 'owned' | 'earned' | 'paid' | undefined;
  /** The profile ids of a segment (`segmentProfileFilter`), resolved by the caller. */
  members?: Expression<unknown> | undefined;
}

/** The query's filters, its segment resolved to the members' ids (not found for an unknown segment). */
export async function funnelFiltersOf(
  ctx: WorkspaceContext,
  query: Omit<FunnelFilters, 'members'> & { segment?: string | undefined },
): Promise<Result<FunnelFilters>> {
  const filters: FunnelFilters = {
    persona: query.persona,
    channel: query.channel,
    channelClass: query.channelClass,
  };
  if (query.segment === undefined) return ok(filters);
  const members = await segmentProfileFilter(ctx.db, ctx.workspaceId, query.segment);
  return members.ok ? ok({ ...filters, members: members.value }) : members;
}

/**
 * The first interaction per profile and phase of the active journey model within a period of UTC days
 * (both included), as SQL to select from: `profile_id, phase_key, first_at`. An event at a touchpoint in
 * several phases reaches each of them. Merged profiles' events have moved to the surviving profile.
 * Values go in as parameters; `phaseKey` narrows to one phase.
 */
export function firstReachSql(
  ctx: WorkspaceContext,
  period: { from: string; to: string },
  filters: FunnelFilters,
  phaseKey?: string,
): RawBuilder<unknown> {
  const conditions: RawBuilder<unknown>[] = [];
  if (filters.channel !== undefined) conditions.push(sql`and e.channel = ${filters.channel}`);
  if (filters.channelClass !== undefined) conditions.push(sql`and e.channel_class = ${filters.channelClass}`);
  if (filters.persona !== undefined)
    conditions.push(sql`and exists (select 1 from touchpoint_personas tpp
      where tpp.workspace_id = e.workspace_id and tpp.touchpoint_id = e.touchpoint_id
        and tpp.persona_id = ${filters.persona}::uuid)`);
  if (filters.members !== undefined) conditions.push(sql`and e.profile_id in (${filters.members})`);
  if (phaseKey !== undefined) conditions.push(sql`and ph.key = ${phaseKey}`);
  return sql`
    select e.profile_id, ph.key as phase_key, min(e.occurred_at) as first_at
    from events e
    join touchpoint_phases tp on tp.workspace_id = e.workspace_id and tp.touchpoint_id = e.touchpoint_id
    join phases ph on ph.workspace_id = tp.workspace_id and ph.id = tp.phase_id
    join workspaces w on w.workspace_id = ph.workspace_id and w.journey_model_id = ph.journey_model_id
    where e.workspace_id = ${ctx.workspaceId}::uuid
      and e.occurred_at >= (${period.from}::date)::timestamp at time zone 'UTC'
      and e.occurred_at < (${period.to}::date + 1)::timestamp at time zone 'UTC'
      and e.profile_id is not null and e.touchpoint_id is not null
      ${sql.join(conditions, sql` `)}
    group by e.profile_id, ph.key`;
}

/** The phases of the workspace's active journey model, in model order. */
export async function funnelPhases(ctx: WorkspaceContext): Promise<PhaseRef[]> {
  const rows = await ctx.db
    .selectFrom('phases as p')
    .innerJoin('workspaces as w', (j) =>
      j.onRef('w.workspace_id', '=', 'p.workspace_id').onRef('w.journey_model_id', '=', 'p.journey_model_id'),
    )
    .select(['p.key', 'p.name_de', 'p.name_en'])
    .where('p.workspace_id', '=', ctx.workspaceId)
    .orderBy('p.position')
    .execute();
  return rows.map((p) => ({ key: p.key, nameDe: p.name_de, nameEn: p.name_en }));
}
