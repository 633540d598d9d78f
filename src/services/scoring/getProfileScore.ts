import type { ProfileScoreView, ScoreFigures, ScoreLineView } from '../../contract/scoring';
import { firstStageKey } from '../../core/lifecycle/stageModel';
import { err, ok, type Result } from '../../core/result';
import { scoreProfile } from '../../core/scoring/scoreProfile';
import type { WorkspaceContext } from '../context';
import { loadStages } from '../lifecycle/stages';
import { findProfile } from '../profiles/findProfile';
import { loadScoringInputs } from './loadScoringInputs';
import { loadActiveRules, ruleOfInput } from './scoringRules';
import type { ScoringRuleInput } from '../../contract/scoring';

/**
 * A person's current score with the lines that explain it, the last 90 days of history and the stage.
 * A merged profile's id answers for the survivor.
 *
 * @example const r = await getProfileScore(ctx, profileId); r.ok && r.value.lines
 */
export async function getProfileScore(ctx: WorkspaceContext, id: string): Promise<Result<ProfileScoreView>> {
  const ws = ctx.workspaceId;
  const p = await findProfile(ctx.db, ws, id);
  if (!p) return err('not_found', 'Profile not found', { id });
  const [score, history, stage, stages] = await Promise.all([
    ctx.db
      .selectFrom('profile_scores')
      .selectAll()
      .where('workspace_id', '=', ws)
      .where('profile_id', '=', p.id)
      .executeTakeFirst(),
    ctx.db
      .selectFrom('profile_score_history')
      .select(['day', 'total', 'fit', 'engagement'])
      .where('workspace_id', '=', ws)
      .where('profile_id', '=', p.id)
      .orderBy('day', 'desc')
      .limit(90)
      .execute(),
    ctx.db
      .selectFrom('profile_stages')
      .selectAll()
      .where('workspace_id', '=', ws)
      .where('profile_id', '=', p.id)
      .executeTakeFirst(),
    loadStages(ctx.db, ws),
  ]);
  return ok({
    profileId: p.id,
    total: score?.total ?? 0,
    fit: score?.fit ?? 0,
    engagement: score?.engagement ?? 0,
    lines: (score?.lines ?? []) as ScoreLineView[],
    predicted: score?.predicted ?? null,
    updatedAt: score?.updated_at.toISOString() ?? null,
    history: history.reverse(),
    stage: stage?.stage_key ?? firstStageKey(stages),
    stageChangedAt: stage?.changed_at.toISOString() ?? null,
    ownerUserId: stage?.owner_user_id ?? null,
  });
}

/**
 * Scores a person now with the saved rules or with rules sent for trying out, without storing anything.
 *
 * @example await previewScore(ctx, profileId, [{ kind: 'fit', name: 'IT', points: 10, ... }])
 */
export async function previewScore(
  ctx: WorkspaceContext,
  profileId: string,
  rules: ScoringRuleInput[] | undefined,
): Promise<Result<ScoreFigures>> {
  const p = await findProfile(ctx.db, ctx.workspaceId, profileId);
  if (!p) return err('not_found', 'Profile not found', { id: profileId, field: 'body.profileId' });
  const scoring = rules
    ? rules.filter((r) => r.active).map((r, i) => ruleOfInput(r, `preview-${i}`))
    : await loadActiveRules(ctx.db, ctx.workspaceId);
  const now = new Date();
  const [input] = await loadScoringInputs(ctx.db, ctx.workspaceId, [p.id], scoring, now);
  if (!input) return err('not_found', 'Profile not found', { id: profileId, field: 'body.profileId' });
  return ok(scoreProfile(scoring, input.subject, input.events, now));
}
