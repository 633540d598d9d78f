import { sql } from 'kysely';
import type { MomentProfilesQuery } from '../../contract/moments';
import type { ProfilePage } from '../../contract/profiles';
import { touchedBefore } from '../../core/moments';
import { err, ok, type Result } from '../../core/result';
import type { WorkspaceContext } from '../context';
import { decodeCursor, encodeCursor } from '../profiles/keysetCursor';
import { toProfileSummary, type ProfileSummaryRow } from '../profiles/profileSummary';
import { resolveDateRange } from './dateRange';
import { loadJourneys } from './momentsJourneys';

const isIdKey = (v: unknown[]): v is [string] =>
  v.length === 1 && typeof v[0] === 'string' && /^[0-9a-f-]{36}$/i.test(v[0]);

/**
 * The people behind one candidate's figure: the journeys with (or without) the touchpoint, all of them
 * or only those who did (not) convert, by profile id, a page at a time. The same scan and rule as the
 * figures, so a count and its list cannot disagree.
 *
 * @example await listMomentProfiles(ctx, { touchpoint: id, group: 'with', converted: 'true', limit: 50 })
 */
export async function listMomentProfiles(
  ctx: WorkspaceContext,
  query: MomentProfilesQuery,
): Promise<Result<ProfilePage>> {
  let after = '';
  if (query.cursor) {
    const key = decodeCursor(query.cursor, isIdKey);
    if (!key.ok)
      return err('validation_failed', 'cursor: not a cursor this list returned', {
        field: 'querystring.cursor',
      });
    after = key.value[0];
  }
  const touchpoint = await ctx.db
    .selectFrom('touchpoints')
    .select('id')
    .where('workspace_id', '=', ctx.workspaceId)
    .where('id', '=', query.touchpoint)
    .executeTakeFirst();
  if (!touchpoint)
    return err('not_found', 'Touchpoint not found', {
      id: query.touchpoint,
      field: 'querystring.touchpoint',
    });
  const journeys = await loadJourneys(ctx, resolveDateRange({ from: query.from, to: query.to }), {
    persona: query.persona,
    channel: query.channel,
  });
  const wanted = journeys
    .filter(
      (j) =>
        touchedBefore(j, query.touchpoint) === (query.group === 'with') &&
        (query.converted === undefined || (j.convertedAt !== null) === (query.converted === 'true')),
    )
    .map((j) => j.profileId)
    .filter((id) => id > after)
    .sort();
  const ids = wanted.slice(0, query.limit);
  if (ids.length === 0) return ok({ items: [], nextCursor: null });
  const { rows } = await sql<ProfileSummaryRow>`
    select p.id, p.name, p.email, p.user_id, p.company_id, c.name as company_name, p.first_seen_at,
      p.last_seen_at, p.event_count, p.revenue, p.current_phase_key
    from profiles p
    left join companies c on c.workspace_id = p.workspace_id and c.id = p.company_id
    where p.workspace_id = ${ctx.workspaceId}::uuid and p.id = any(${ids}::uuid[])
    order by p.id
  `.execute(ctx.db);
  const last = ids[ids.length - 1];
  return ok({
    items: rows.map(toProfileSummary),
    nextCursor: wanted.length > query.limit && last ? encodeCursor([last]) : null,
  });
}
