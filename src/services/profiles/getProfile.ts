import type { ProfileDetail } from '../../contract/profiles';
import { err, ok, type Result } from '../../core/result';
import type { WorkspaceContext } from '../context';
import { findProfile } from './findProfile';
import { toProfileSummary } from './profileSummary';
import { activePhases } from './touchpointPhases';

/**
 * One person: computed traits (first and last seen, events, revenue, touchpoints used, current phase),
 * the identify traits, the company and every identifier. A merged profile's id shows the survivor.
 */
export async function getProfile(ctx: WorkspaceContext, id: string): Promise<Result<ProfileDetail>> {
  const ws = ctx.workspaceId;
  const p = await findProfile(ctx.db, ws, id);
  if (!p) return err('not_found', 'Profile not found', { id });
  const [company, identities, merged, touchpoints, phases] = await Promise.all([
    p.company_id
      ? ctx.db
          .selectFrom('companies')
          .select('name')
          .where('workspace_id', '=', ws)
          .where('id', '=', p.company_id)
          .executeTakeFirst()
      : undefined,
    ctx.db
      .selectFrom('profile_identities')
      .select(['kind', 'value'])
      .where('workspace_id', '=', ws)
      .where('profile_id', '=', p.id)
      .orderBy('kind')
      .orderBy('value')
      .execute(),
    ctx.db
      .selectFrom('profiles')
      .select('id')
      .where('workspace_id', '=', ws)
      .where('merged_into', '=', p.id)
      .orderBy('created_at')
      .execute(),
    p.touchpoint_ids.length
      ? ctx.db
          .selectFrom('touchpoints')
          .select(['id', 'name'])
          .where('workspace_id', '=', ws)
          .where('id', 'in', p.touchpoint_ids)
          .execute()
      : [],
    activePhases(ctx.db, ws),
  ]);
  const names = new Map(touchpoints.map((t) => [t.id, t.name]));
  return ok({
    ...toProfileSummary({ ...p, company_name: company?.name ?? null }),
    traits: p.traits,
    touchpoints: p.touchpoint_ids.map((tid) => ({ id: tid, name: names.get(tid) ?? null })),
    currentPhase: p.current_phase_key ? (phases.byKey.get(p.current_phase_key) ?? null) : null,
    identities,
    mergedProfileIds: merged.map((m) => m.id),
    createdAt: p.created_at.toISOString(),
  });
}
