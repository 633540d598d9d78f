import { sql } from 'kysely';
import type { AttributionProfilesQuery } from '../../contract/attribution';
import type { ProfilePage } from '../../contract/profiles';
import { err, ok, type Result } from '../../core/result';
import { resolveDateRange } from '../analytics/dateRange';
import type { WorkspaceContext } from '../context';
import { toProfileSummary, type ProfileSummaryRow } from '../profiles/profileSummary';
import { campaignsByUtm } from './attributionLabels';
import { getAttributionSettings } from './attributionSettings';
import { scanJourneys } from './scanJourneys';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The people behind a key's figures: the profiles with a converting journey that contains the key, in
 * the same period, dimension and filters as the attribution, a page at a time (by profile id).
 *
 * @example await listAttributionProfiles(ctx, { dimension: 'channel', key: 'newsletter', limit: 50 })
 */
export async function listAttributionProfiles(
  ctx: WorkspaceContext,
  query: AttributionProfilesQuery,
): Promise<Result<ProfilePage>> {
  if (query.cursor !== undefined && !UUID.test(query.cursor))
    return err('validation_failed', 'cursor: not a cursor this list returned', {
      field: 'querystring.cursor',
    });
  const settings = await getAttributionSettings(ctx);
  const built = await scanJourneys(ctx, {
    period: resolveDateRange({ from: query.from, to: query.to }),
    dimension: query.dimension,
    settings,
    filters: { persona: query.persona, channel: query.channel },
    campaignOfUtm: query.dimension === 'campaign' ? await campaignsByUtm(ctx) : new Map(),
  });
  const ids = new Set<string>();
  built.journeys.forEach((journey, j) => {
    if (journey.conversions > 0 && journey.touches.some((t) => t.channel === query.key))
      ids.add(built.profileIds[j] ?? '');
  });
  const after = query.cursor ?? '';
  const page = [...ids]
    .filter((id) => id > after)
    .sort()
    .slice(0, query.limit + 1);
  const wanted = page.slice(0, query.limit);
  const rows =
    wanted.length === 0
      ? []
      : (
          await sql<ProfileSummaryRow>`
            select p.id, p.name, p.email, p.user_id, p.company_id, c.name as company_name, p.first_seen_at,
              p.last_seen_at, p.event_count, p.revenue, p.current_phase_key
            from profiles p
            left join companies c on c.workspace_id = p.workspace_id and c.id = p.company_id
            where p.workspace_id = ${ctx.workspaceId}::uuid and p.id = any(${wanted}::uuid[])
            order by p.id`.execute(ctx.db)
        ).rows;
  return ok({
    items: rows.map(toProfileSummary),
    nextCursor: page.length > query.limit ? (wanted[wanted.length - 1] ?? null) : null,
  });
}
