import { sql } from 'kysely';
import type { FunnelProfilesQuery } from '../../contract/funnel';
import type { ProfilePage } from '../../contract/profiles';
import { err, ok, type Result } from '../../core/result';
import type { WorkspaceContext } from '../context';
import { TIMESTAMP_TEXT, decodeCursor, encodeCursor, isProfileKey } from '../profiles/keysetCursor';
import { toProfileSummary, type ProfileSummaryRow } from '../profiles/profileSummary';
import { resolveDateRange } from './dateRange';
import { firstReachSql, funnelFiltersOf, funnelPhases, processedSeq } from './phaseFunnelEvents';

/**
 * The profiles behind one phase of the funnel (the same period and filters), in the order they reached
 * it, a page at a time; with `dropped`, only those who did not go on to the next phase (its drop-off).
 *
 * @example await listPhaseFunnelProfiles(ctx, { phase: 'consideration', dropped: 'true', limit: 50 })
 */
export async function listPhaseFunnelProfiles(
  ctx: WorkspaceContext,
  query: FunnelProfilesQuery,
): Promise<Result<ProfilePage>> {
  const phases = await funnelPhases(ctx);
  const index = phases.findIndex((p) => p.key === query.phase);
  if (index < 0)
    return err('validation_failed', `phase: the journey model has no phase "${query.phase}"`, {
      field: 'querystring.phase',
      phases: phases.map((p) => p.key),
    });
  let after = sql``;
  if (query.cursor) {
    const key = decodeCursor(query.cursor, isProfileKey);
    const [reachedAt, id] = key.ok ? key.value : [null, ''];
    // The field named as the schema's own errors name query fields.
    if (reachedAt === null)
      return err('validation_failed', 'cursor: not a cursor this list returned', {
        field: 'querystring.cursor',
      });
    after = sql`and (r.first_at, r.profile_id) > (${reachedAt}::timestamptz, ${id}::uuid)`;
  }
  const resolved = await funnelFiltersOf(ctx, query);
  if (!resolved.ok) return resolved;
  const filters = resolved.value;
  const period = resolveDateRange({ from: query.from, to: query.to });
  const upToSeq = await processedSeq(ctx);
  const next = phases[index + 1];
  // The last phase has no next one, so no one drops off from it.
  const dropped =
    query.dropped !== 'true'
      ? sql``
      : next === undefined
        ? sql`and false`
        : sql`and not exists (select 1 from next_reach n where n.profile_id = r.profile_id and n.first_at >= r.first_at)`;
  const { rows } = await sql<ProfileSummaryRow & { reach_key: string }>`
    with reach as (${firstReachSql(ctx, period, filters, upToSeq, query.phase)}),
      next_reach as (${next === undefined ? sql`select null::uuid as profile_id, null::timestamptz as first_at where false` : firstReachSql(ctx, period, filters, upToSeq, next.key)})
    select p.id, p.name, p.email, p.user_id, p.company_id, c.name as company_name, p.first_seen_at,
      p.last_seen_at, p.event_count, p.revenue, p.current_phase_key,
      to_char(r.first_at at time zone 'UTC', ${TIMESTAMP_TEXT}) as reach_key
    from reach r
    join profiles p on p.workspace_id = ${ctx.workspaceId}::uuid and p.id = r.profile_id
    left join companies c on c.workspace_id = p.workspace_id and c.id = p.company_id
    where p.merged_into is null ${dropped} ${after}
    order by r.first_at, r.profile_id
    limit ${query.limit + 1}
  `.execute(ctx.db);
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return ok({
    items: page.map(toProfileSummary),
    nextCursor: rows.length > query.limit && last ? encodeCursor([last.reach_key, last.id]) : null,
  });
}
