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
 *
 * Without a channel filter it reads the journey summary (`profile_touchpoint_days`, a row per person,
 * touchpoint and day, kept by the event processor) for the events the processor has passed, plus the
 * few events after its cursor from the log, so the answer is the log's without reading all of it. The
 * summary keeps no channel, so a channel filter reads the log. `processedSeq` is the processor's cursor
 * (`processedSeq`), passed as a value so the planner reads the log after it through `events_seq`.
 */
export function firstReachSql(
  ctx: WorkspaceContext,
  period: { from: string; to: string },
  filters: FunnelFilters,
  processedSeq: number,
  phaseKey?: string,
): RawBuilder<unknown> {
  const persona = (alias: string) =>
    filters.persona === undefined
      ? sql``
      : sql`and exists (select 1 from touchpoint_personas tpp
      where tpp.workspace_id = ${sql.ref(`${alias}.workspace_id`)} and tpp.touchpoint_id = ${sql.ref(`${alias}.touchpoint_id`)}
        and tpp.persona_id = ${filters.persona}::uuid)`;
  // A segment's members: the ids of `segmentProfileFilter`, a subquery on profiles.
  const members = (alias: string) =>
    filters.members === undefined
      ? sql``
      : sql`and ${sql.ref(`${alias}.profile_id`)} in (${filters.members})`;
  const inPeriod = sql`e.occurred_at >= (${period.from}::date)::timestamp at time zone 'UTC'
      and e.occurred_at < (${period.to}::date + 1)::timestamp at time zone 'UTC'`;
  const phaseJoin = (alias: string) => sql`
    join touchpoint_phases tp on tp.workspace_id = ${sql.ref(`${alias}.workspace_id`)} and tp.touchpoint_id = ${sql.ref(`${alias}.touchpoint_id`)}
    join phases ph on ph.workspace_id = tp.workspace_id and ph.id = tp.phase_id
    join workspaces w on w.workspace_id = ph.workspace_id and w.journey_model_id = ph.journey_model_id
    ${phaseKey === undefined ? sql`` : sql`and ph.key = ${phaseKey}`}`;
  if (filters.channel !== undefined || filters.channelClass !== undefined) {
    const conditions: RawBuilder<unknown>[] = [];
    if (filters.channel !== undefined) conditions.push(sql`and e.channel = ${filters.channel}`);
    if (filters.channelClass !== undefined)
      conditions.push(sql`and e.channel_class = ${filters.channelClass}`);
    return sql`
      select e.profile_id, ph.key as phase_key, min(e.occurred_at) as first_at
      from events e ${phaseJoin('e')}
      where e.workspace_id = ${ctx.workspaceId}::uuid and ${inPeriod}
        and e.profile_id is not null and e.touchpoint_id is not null
        ${sql.join(conditions, sql` `)} ${persona('e')} ${members('e')}
      group by e.profile_id, ph.key`;
  }
  return sql`
    select r.profile_id, ph.key as phase_key, min(r.first_at) as first_at
    from (
      select s.workspace_id, s.profile_id, s.touchpoint_id, s.first_at
      from profile_touchpoint_days s
      where s.workspace_id = ${ctx.workspaceId}::uuid and s.day between ${period.from}::date and ${period.to}::date
      union all
      select e.workspace_id, e.profile_id, e.touchpoint_id, e.occurred_at
      from events e
      where e.workspace_id = ${ctx.workspaceId}::uuid
        and e.seq > ${processedSeq}
        and ${inPeriod} and e.profile_id is not null and e.touchpoint_id is not null) r
    ${phaseJoin('r')}
    where true ${persona('r')} ${members('r')}
    group by r.profile_id, ph.key`;
}

/**
 * How far the event processor has got in the workspace's log (0 before it started). The journey summary
 * holds the events up to here; read before the summary, so an event is never missed (one read twice
 * changes no first reach).
 */
export async function processedSeq(ctx: WorkspaceContext): Promise<number> {
  const row = await ctx.db
    .selectFrom('event_cursors')
    .select('last_seq')
    .where('workspace_id', '=', ctx.workspaceId)
    .executeTakeFirst();
  return Number(row?.last_seq ?? 0);
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
