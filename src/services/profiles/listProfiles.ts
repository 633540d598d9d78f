import { sql } from 'kysely';
import type { ProfileListQuery, ProfilePage } from '../../contract/profiles';
import { ok, type Result } from '../../core/result';
import type { WorkspaceContext } from '../context';
import { segmentPredicate } from '../segments/segmentProfileFilter';
import { TIMESTAMP_TEXT, decodeCursor, encodeCursor, isProfileKey } from './keysetCursor';
import { toProfileSummary } from './profileSummary';

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Profiles, most recently seen first, a page at a time (keyset: each page starts after the last row of
 * the previous one, so deep pages cost no more than the first). Merged profiles are left out; with
 * `known`, anonymous ones too; with `segment`, only the segment's members.
 *
 * @example await listProfiles(ctx, { q: 'schmidt', limit: 50 })
 */
export async function listProfiles(
  ctx: WorkspaceContext,
  query: ProfileListQuery,
): Promise<Result<ProfilePage>> {
  let q = ctx.db
    .selectFrom('profiles as p')
    .leftJoin('companies as c', (j) =>
      j.onRef('c.workspace_id', '=', 'p.workspace_id').onRef('c.id', '=', 'p.company_id'),
    )
    .select([
      'p.id',
      'p.name',
      'p.email',
      'p.user_id',
      'p.company_id',
      'c.name as company_name',
      'p.first_seen_at',
      'p.last_seen_at',
      'p.event_count',
      'p.revenue',
      'p.current_phase_key',
      sql<string | null>`to_char(p.last_seen_at at time zone 'UTC', ${TIMESTAMP_TEXT})`.as('seen_key'),
    ])
    .where('p.workspace_id', '=', ctx.workspaceId)
    .where('p.merged_into', 'is', null);
  if (query.q) {
    const like = `%${escapeLike(query.q)}%`;
    const exact = query.q;
    q = q.where((eb) =>
      eb.or([
        eb('p.name', 'ilike', like),
        eb('p.email', 'ilike', like),
        eb('c.name', 'ilike', like),
        eb('p.user_id', '=', exact),
      ]),
    );
  }
  if (query.companyId) q = q.where('p.company_id', '=', query.companyId);
  if (query.segment) {
    // The predicate on the list's own rows rather than an `in (members)`, so a page stops early.
    const predicate = await segmentPredicate(ctx.db, ctx.workspaceId, query.segment);
    if (!predicate.ok) return predicate;
    q = q.where(predicate.value);
  }
  // The same condition as the index profiles_known_recent, so a page reads only known profiles.
  if (query.known === 'true')
    q = q.where((eb) => eb.or([eb('p.email', 'is not', null), eb('p.user_id', 'is not', null)]));
  if (query.cursor) {
    const key = decodeCursor(query.cursor, isProfileKey);
    if (!key.ok) return key;
    const [seen, id] = key.value;
    q =
      seen === null
        ? q.where('p.last_seen_at', 'is', null).where('p.id', '<', id)
        : q.where(
            sql<boolean>`(p.last_seen_at < ${seen}::timestamptz
              or (p.last_seen_at = ${seen}::timestamptz and p.id < ${id}::uuid) or p.last_seen_at is null)`,
          );
  }
  const rows = await q
    .orderBy(sql`p.last_seen_at desc nulls last`)
    .orderBy('p.id', 'desc')
    .limit(query.limit + 1)
    .execute();
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return ok({
    items: page.map(toProfileSummary),
    nextCursor: rows.length > query.limit && last ? encodeCursor([last.seen_key, last.id]) : null,
  });
}
