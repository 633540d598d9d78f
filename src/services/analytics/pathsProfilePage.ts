import { sql } from 'kysely';
import type { ProfilePage } from '../../contract/profiles';
import { err, ok, type Result } from '../../core/result';
import type { WorkspaceContext } from '../context';
import { decodeCursor, encodeCursor } from '../profiles/keysetCursor';
import { toProfileSummary, type ProfileSummaryRow } from '../profiles/profileSummary';

const isIdKey = (v: unknown[]): v is [string] =>
  v.length === 1 && typeof v[0] === 'string' && /^[0-9a-f-]{36}$/i.test(v[0]);

/**
 * A page of the profiles behind a figure the paths or an ad-hoc funnel computed, in id order (the
 * figure is a set, so any stable order will do), starting after the cursor's profile.
 *
 * @example await profilePageOf(ctx, ids, { limit: 50 }) // { items: [...], nextCursor }
 */
export async function profilePageOf(
  ctx: WorkspaceContext,
  profileIds: Iterable<string>,
  page: { limit: number; cursor?: string | undefined },
): Promise<Result<ProfilePage>> {
  let after = '';
  if (page.cursor !== undefined) {
    const key = decodeCursor(page.cursor, isIdKey);
    if (!key.ok) return err('validation_failed', key.error.message, { field: 'cursor' });
    after = key.value[0];
  }
  const ids = [...profileIds]
    .filter((id) => id > after)
    .sort()
    .slice(0, page.limit + 1);
  const shown = ids.slice(0, page.limit);
  const rows =
    shown.length === 0
      ? []
      : (
          await sql<ProfileSummaryRow>`
            select p.id, p.name, p.email, p.user_id, p.company_id, c.name as company_name, p.first_seen_at,
              p.last_seen_at, p.event_count, p.revenue, p.current_phase_key
            from profiles p
            left join companies c on c.workspace_id = p.workspace_id and c.id = p.company_id
            where p.workspace_id = ${ctx.workspaceId}::uuid and p.id = any(${shown}::uuid[])
            order by p.id
          `.execute(ctx.db)
        ).rows;
  const last = shown[shown.length - 1];
  return ok({
    items: rows.map(toProfileSummary),
    nextCursor: ids.length > page.limit && last !== undefined ? encodeCursor([last]) : null,
  });
}
