import { sql } from 'kysely';
import type { LeadListQuery, LeadPage } from '../../contract/scoring';
import { firstStageKey } from '../../core/lifecycle/stageModel';
import { err, ok, type Result } from '../../core/result';
import type { WorkspaceContext } from '../context';
import { loadStages } from '../lifecycle/stages';
import { decodeCursor, encodeCursor } from '../profiles/keysetCursor';

const isLeadKey = (v: unknown[]): v is [number, string] =>
  v.length === 2 && typeof v[0] === 'number' && typeof v[1] === 'string' && /^[0-9a-f-]{36}$/i.test(v[1]);

/**
 * Scored people, best score first, a page at a time (keyset on score and id), filtered by stage,
 * minimum score and owner (`me`: the caller). The trend compares with the score of seven days ago.
 *
 * @example await listLeads(ctx, { stage: 'mql', minScore: 50, limit: 50 })
 */
export async function listLeads(ctx: WorkspaceContext, query: LeadListQuery): Promise<Result<LeadPage>> {
  const ws = ctx.workspaceId;
  const stages = await loadStages(ctx.db, ws);
  const first = firstStageKey(stages);
  if (query.stage !== undefined && !stages.some((s) => s.key === query.stage))
    return err('validation_failed', `stage: no stage "${query.stage}" in this workspace`, {
      field: 'query.stage',
      stages: stages.map((s) => s.key),
    });
  let q = ctx.db
    .selectFrom('profile_scores as s')
    .innerJoin('profiles as p', (j) =>
      j.onRef('p.workspace_id', '=', 's.workspace_id').onRef('p.id', '=', 's.profile_id'),
    )
    .leftJoin('profile_stages as g', (j) =>
      j.onRef('g.workspace_id', '=', 's.workspace_id').onRef('g.profile_id', '=', 's.profile_id'),
    )
    .leftJoin('companies as c', (j) =>
      j.onRef('c.workspace_id', '=', 'p.workspace_id').onRef('c.id', '=', 'p.company_id'),
    )
    .select([
      's.profile_id',
      'p.name',
      'p.email',
      'p.company_id',
      'c.name as company_name',
      'g.stage_key',
      'g.owner_user_id',
      's.total',
      's.fit',
      's.engagement',
      's.updated_at',
      sql<number | null>`(select h.total from profile_score_history h
        where h.workspace_id = s.workspace_id and h.profile_id = s.profile_id and h.day <= current_date - 7
        order by h.day desc limit 1)`.as('week_ago'),
    ])
    .where('s.workspace_id', '=', ws)
    .where('p.merged_into', 'is', null);
  if (query.stage !== undefined)
    q =
      query.stage === first
        ? q.where((eb) => eb.or([eb('g.stage_key', '=', first), eb('g.stage_key', 'is', null)]))
        : q.where('g.stage_key', '=', query.stage);
  if (query.minScore !== undefined) q = q.where('s.total', '>=', query.minScore);
  if (query.owner !== undefined) {
    const owner = query.owner === 'me' ? ctx.actor.userId : query.owner;
    if (!owner) return ok({ items: [], nextCursor: null });
    q = q.where('g.owner_user_id', '=', owner);
  }
  if (query.cursor) {
    const key = decodeCursor(query.cursor, isLeadKey);
    if (!key.ok) return key;
    const [score, id] = key.value;
    q = q.where(sql<boolean>`(s.total < ${score} or (s.total = ${score} and s.profile_id < ${id}::uuid))`);
  }
  const rows = await q
    .orderBy('s.total', 'desc')
    .orderBy('s.profile_id', 'desc')
    .limit(query.limit + 1)
    .execute();
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return ok({
    items: page.map((r) => ({
      profileId: r.profile_id,
      name: r.name,
      email: r.email,
      companyId: r.company_id,
      companyName: r.company_name,
      stage: r.stage_key ?? first,
      score: r.total,
      fit: r.fit,
      engagement: r.engagement,
      trend: Math.round((r.total - (r.week_ago ?? r.total)) * 100) / 100,
      ownerUserId: r.owner_user_id,
      updatedAt: r.updated_at.toISOString(),
    })),
    nextCursor: rows.length > query.limit && last ? encodeCursor([last.total, last.profile_id]) : null,
  });
}
