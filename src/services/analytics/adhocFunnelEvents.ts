import { sql, type RawBuilder } from 'kysely';
import type { FunnelStepDefinition, PropertyCondition } from '../../contract/adhocFunnels';
import type { FunnelOrder, ProfileEvents } from '../../core/adhocFunnel';
import { assertUnreachable } from '../../core/result';
import type { WorkspaceContext } from '../context';
import { analysisFilterSql, periodBounds, type AnalysisFilters } from './pathsEvents';

function conditionSql(c: PropertyCondition): RawBuilder<unknown> {
  const text = sql`(e.properties->>${c.key})`;
  const numeric = sql`(case when ${text} ~ '^\\s*-?[0-9]+(\\.[0-9]+)?\\s*$' then ${text}::numeric end)`;
  const value = c.value === undefined ? '' : String(c.value);
  switch (c.op) {
    case 'eq':
      return sql`${text} = ${value}`;
    case 'neq':
      return sql`${text} is distinct from ${value}`;
    case 'contains':
      return sql`strpos(lower(${text}), lower(${value})) > 0`;
    case 'exists':
      return sql`e.properties ? ${c.key}`;
    case 'gt':
      return sql`${numeric} > ${value}::numeric`;
    case 'gte':
      return sql`${numeric} >= ${value}::numeric`;
    case 'lt':
      return sql`${numeric} < ${value}::numeric`;
    case 'lte':
      return sql`${numeric} <= ${value}::numeric`;
    default:
      return assertUnreachable(c.op);
  }
}

/** Whether event `e` matches a step: every criterion given, each value a parameter. */
export function stepMatchSql(step: FunnelStepDefinition): RawBuilder<boolean> {
  const parts: RawBuilder<unknown>[] = [];
  if (step.eventType !== undefined) parts.push(sql`e.type = ${step.eventType}`);
  if (step.eventName !== undefined) parts.push(sql`e.name = ${step.eventName}`);
  if (step.touchpointId !== undefined) parts.push(sql`e.touchpoint_id = ${step.touchpointId}::uuid`);
  if (step.channel !== undefined) parts.push(sql`e.channel = ${step.channel}`);
  for (const c of step.conditions ?? []) parts.push(conditionSql(c));
  return sql<boolean>`(${parts.length === 0 ? sql`false` : sql.join(parts, sql` and `)})`;
}

/**
 * One scan of the workspace's events for an ad-hoc funnel: from the start of the period until the
 * window after its end (a step may follow an entry on the period's last day), the steps matched in SQL,
 * only events matching some step returned, ordered by profile and time. Strict order needs each event's
 * position among all the profile's events, so it numbers them first (a window function over the scan).
 *
 * @example await scanFunnelEvents(ctx, steps, 'loose', 86_400, { from: '2026-03-01', to: '2026-03-31' }, {})
 */
export async function scanFunnelEvents(
  ctx: WorkspaceContext,
  steps: readonly FunnelStepDefinition[],
  order: FunnelOrder,
  windowSeconds: number,
  period: { from: string; to: string },
  filters: AnalysisFilters,
): Promise<ProfileEvents[]> {
  const { from, to } = periodBounds(period);
  const matches = sql.join(
    steps.map((s, i) => sql`case when ${stepMatchSql(s)} then ${sql.lit(i)} end`),
    sql`, `,
  );
  const anyStep = sql.join(
    steps.map((s) => stepMatchSql(s)),
    sql` or `,
  );
  const position =
    order === 'strict'
      ? sql`row_number() over (partition by e.profile_id order by e.occurred_at, e.seq)`
      : sql`0::bigint`;
  const { rows } = await sql<{ profile_id: string; at: number; position: string; steps: number[] }>`
    select profile_id, at, position, steps from (
      select e.profile_id, e.occurred_at, e.seq,
        floor(extract(epoch from e.occurred_at) * 1000)::float8 as at,
        ${position} as position,
        array_remove(array[${matches}], null) as steps
      from events e
      where e.workspace_id = ${ctx.workspaceId}::uuid
        and e.occurred_at >= ${from}
        and e.occurred_at < ${to} + make_interval(secs => ${windowSeconds})
        and e.profile_id is not null
        ${analysisFilterSql(filters)}
        ${order === 'strict' ? sql`` : sql`and (${anyStep})`}
    ) x
    where cardinality(steps) > 0
    order by profile_id, occurred_at, seq
  `.execute(ctx.db);
  const profiles: ProfileEvents[] = [];
  let current: { profileId: string; events: ProfileEvents['events'][number][] } | undefined;
  for (const r of rows) {
    if (current?.profileId !== r.profile_id) {
      current = { profileId: r.profile_id, events: [] };
      profiles.push(current);
    }
    current.events.push({ at: Number(r.at), position: Number(r.position), steps: r.steps });
  }
  return profiles;
}
