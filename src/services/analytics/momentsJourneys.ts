import { sql } from 'kysely';
import type { Journey } from '../../core/moments';
import type { WorkspaceContext } from '../context';
import { CONVERSION_TYPES } from './getTouchpointLiveActivity';

export interface JourneyFilters {
  persona?: string | undefined;
  channel?: string | undefined;
}

/**
 * Every journey of the period in one range scan of the event log (`events_time`): per person, the
 * first touch of each touchpoint (events that are not conversions, narrowed by persona and channel)
 * and the first conversion. Conversions are the event types the touchpoint activity counts
 * (`conversion`, `order`) in any channel: the filters choose which touches are compared, not which
 * sales count. People without a touch that passes the filters have no journey here.
 *
 * @example await loadJourneys(ctx, { from: '2026-03-01', to: '2026-03-31' }, { channel: 'newsletter' })
 */
export async function loadJourneys(
  ctx: WorkspaceContext,
  period: { from: string; to: string },
  filters: JourneyFilters,
): Promise<Journey[]> {
  const conversionTypes = [...CONVERSION_TYPES];
  const touchConditions = [sql`e.touchpoint_id is not null`, sql`e.type <> all(${conversionTypes}::text[])`];
  if (filters.channel !== undefined) touchConditions.push(sql`e.channel = ${filters.channel}`);
  if (filters.persona !== undefined) touchConditions.push(sql`tpp.persona_id is not null`);
  const persona =
    filters.persona === undefined
      ? sql``
      : sql`left join touchpoint_personas tpp on tpp.workspace_id = e.workspace_id
          and tpp.touchpoint_id = e.touchpoint_id and tpp.persona_id = ${filters.persona}::uuid`;
  // Grouped twice: per person and touchpoint first (one row per pair, not per event), then per person,
  // the pairs packed as {touchpoint: epoch ms}.
  const { rows } = await sql<{
    profile_id: string;
    touches: Record<string, number> | null;
    converted_at: number | null;
  }>`
    with pairs as (
      select e.profile_id, e.touchpoint_id,
        min(e.occurred_at) filter (where ${sql.join(touchConditions, sql` and `)}) as first_touch,
        min(e.occurred_at) filter (where e.type = any(${conversionTypes}::text[])) as first_conversion
      from events e ${persona}
      where e.workspace_id = ${ctx.workspaceId}::uuid
        and e.occurred_at >= (${period.from}::date)::timestamp at time zone 'UTC'
        and e.occurred_at < (${period.to}::date + 1)::timestamp at time zone 'UTC'
        and e.profile_id is not null
      group by e.profile_id, e.touchpoint_id
    )
    select profile_id,
      json_object_agg(touchpoint_id, floor(extract(epoch from first_touch) * 1000))
        filter (where first_touch is not null) as touches,
      floor(extract(epoch from min(first_conversion)) * 1000)::float8 as converted_at
    from pairs
    group by profile_id
    having count(first_touch) > 0
  `.execute(ctx.db);
  return rows.map((r) => ({
    profileId: r.profile_id,
    firstTouchAt: new Map(Object.entries(r.touches ?? {}).map(([k, v]) => [k, Number(v)])),
    convertedAt: r.converted_at === null ? null : Number(r.converted_at),
  }));
}

/** The touchpoints of the map that are not retired, with their hand-set flag. */
export async function momentTouchpoints(
  ctx: WorkspaceContext,
): Promise<{ id: string; name: string; moment_that_matters: boolean }[]> {
  return ctx.db
    .selectFrom('touchpoints')
    .select(['id', 'name', 'moment_that_matters'])
    .where('workspace_id', '=', ctx.workspaceId)
    .where('retired_at', 'is', null)
    .orderBy('name')
    .execute();
}
