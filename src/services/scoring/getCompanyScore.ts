import type { CompanyScore } from '../../contract/scoring';
import { accountStage } from '../../core/lifecycle/nextStage';
import { firstStageKey } from '../../core/lifecycle/stageModel';
import { err, ok, type Result } from '../../core/result';
import type { WorkspaceContext } from '../context';
import { loadStages } from '../lifecycle/stages';

/**
 * An account's roll-up, read live from its people: the best person's score (the sum beside it), the
 * furthest stage, the people behind it and the account's stage history.
 *
 * @example await getCompanyScore(ctx, companyId)
 */
export async function getCompanyScore(ctx: WorkspaceContext, id: string): Promise<Result<CompanyScore>> {
  const ws = ctx.workspaceId;
  const company = await ctx.db
    .selectFrom('companies')
    .select(['id', 'name'])
    .where('workspace_id', '=', ws)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!company) return err('not_found', 'Company not found', { id });
  const [stages, people, history] = await Promise.all([
    loadStages(ctx.db, ws),
    ctx.db
      .selectFrom('profiles as p')
      .leftJoin('profile_scores as s', (j) =>
        j.onRef('s.workspace_id', '=', 'p.workspace_id').onRef('s.profile_id', '=', 'p.id'),
      )
      .leftJoin('profile_stages as g', (j) =>
        j.onRef('g.workspace_id', '=', 'p.workspace_id').onRef('g.profile_id', '=', 'p.id'),
      )
      .select(['p.id', 'p.name', 's.total', 'g.stage_key'])
      .where('p.workspace_id', '=', ws)
      .where('p.company_id', '=', id)
      .where('p.merged_into', 'is', null)
      .orderBy('s.total', 'desc')
      .limit(500)
      .execute(),
    ctx.db
      .selectFrom('stage_history')
      .select(['from_stage', 'to_stage', 'at', 'cause', 'actor'])
      .where('workspace_id', '=', ws)
      .where('company_id', '=', id)
      .orderBy('at', 'desc')
      .limit(100)
      .execute(),
  ]);
  const first = firstStageKey(stages);
  const list = people.map((p) => ({
    profileId: p.id,
    name: p.name,
    score: p.total ?? 0,
    stage: p.stage_key ?? first,
  }));
  const scores = list.map((p) => p.score);
  return ok({
    companyId: company.id,
    name: company.name,
    score: scores.length ? Math.max(...scores) : 0,
    sum: Math.round(scores.reduce((a, b) => a + b, 0) * 100) / 100,
    people: list,
    stage: accountStage(
      stages,
      list.map((p) => p.stage),
    ),
    history: history.map((h) => ({
      from: h.from_stage,
      to: h.to_stage,
      at: h.at.toISOString(),
      cause: h.cause,
      actor: h.actor,
    })),
  });
}
