import type { PredictiveStatus } from '../../contract/scoring';
import type { LogisticModel } from '../../core/scoring/logisticRegression';
import type { ScoreLine } from '../../core/scoring/scoringModel';
import {
  MIN_PER_CLASS,
  leadFeatures,
  trainPredictiveScore,
  type LabelledLead,
  type PredictiveTraining,
} from '../../core/scoring/trainPredictiveScore';
import type { WorkspaceContext } from '../context';
import { loadStages } from '../lifecycle/stages';
import { loadScoringSetup } from './loadScoringSetup';
import { predictedOf, type ScoringSetup } from './rescoreProfiles';
import { sql } from 'kysely';

function statusOf(
  training: PredictiveTraining | null,
  trainedAt: Date | null,
  ruleNames: Map<string, string>,
): PredictiveStatus {
  if (!training)
    return {
      status: 'never_trained',
      won: 0,
      lost: 0,
      needed: MIN_PER_CLASS,
      trainedAt: null,
      trainCount: null,
      heldOutCount: null,
      auc: null,
      calibration: [],
      weights: [],
    };
  if (training.status === 'not_enough_data')
    return {
      ...training,
      trainedAt: trainedAt?.toISOString() ?? null,
      trainCount: null,
      heldOutCount: null,
      auc: null,
      calibration: [],
      weights: [],
    };
  const m = training.model;
  return {
    status: 'trained',
    won: training.won,
    lost: training.lost,
    needed: MIN_PER_CLASS,
    trainedAt: trainedAt?.toISOString() ?? null,
    trainCount: training.trainCount,
    heldOutCount: training.heldOutCount,
    auc: training.auc,
    calibration: training.calibration,
    weights: m.features
      .map((feature, i) => ({
        feature,
        label: ruleNames.get(feature.slice(feature.indexOf(':') + 1)) ?? feature,
        weight: Math.round((m.weights[i] ?? 0) * 1000) / 1000,
      }))
      .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight)),
  };
}

async function ruleNamesOf(ctx: WorkspaceContext): Promise<Map<string, string>> {
  const rows = await ctx.db
    .selectFrom('scoring_rules')
    .select(['id', 'name'])
    .where('workspace_id', '=', ctx.workspaceId)
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The predictive model's state and its quality on held-out leads. */
export async function getPredictiveStatus(ctx: WorkspaceContext): Promise<PredictiveStatus> {
  const row = await ctx.db
    .selectFrom('predictive_models')
    .selectAll()
    .where('workspace_id', '=', ctx.workspaceId)
    .executeTakeFirst();
  return statusOf(
    (row?.result as PredictiveTraining | undefined) ?? null,
    row?.trained_at ?? null,
    await ruleNamesOf(ctx),
  );
}

/**
 * Trains the predictive score on the workspace's closed leads: won = in the customer stage, lost = in
 * the disqualified or recycled stage; the features are their current score lines. Stores the result
 * ("not enough data yet" included) and, with a model, each scored profile's predicted chance.
 *
 * @example const status = await trainPredictiveModel(ctx);
 */
export async function trainPredictiveModel(ctx: WorkspaceContext): Promise<PredictiveStatus> {
  const ws = ctx.workspaceId;
  const stages = await loadStages(ctx.db, ws);
  const wonKeys = stages.filter((s) => s.kind === 'customer').map((s) => s.key);
  const lostKeys = stages.filter((s) => s.kind === 'disqualified' || s.kind === 'recycled').map((s) => s.key);
  const rows = await ctx.db
    .selectFrom('profile_stages as g')
    .innerJoin('profile_scores as s', (j) =>
      j.onRef('s.workspace_id', '=', 'g.workspace_id').onRef('s.profile_id', '=', 'g.profile_id'),
    )
    .select(['g.profile_id', 'g.stage_key', 's.lines'])
    .where('g.workspace_id', '=', ws)
    .where('g.stage_key', 'in', [...wonKeys, ...lostKeys])
    .execute();
  const leads: LabelledLead[] = rows.map((r) => ({
    id: r.profile_id,
    features: leadFeatures(r.lines as ScoreLine[]),
    won: wonKeys.includes(r.stage_key),
  }));
  const training = trainPredictiveScore(leads);
  const now = new Date();
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('predictive_models')
      .values({
        workspace_id: ws,
        status: training.status,
        result: JSON.stringify(training),
        trained_at: now,
      })
      .onConflict((oc) =>
        oc
          .column('workspace_id')
          .doUpdateSet({ status: training.status, result: JSON.stringify(training), trained_at: now }),
      )
      .execute();
    const model: LogisticModel | null = training.status === 'trained' ? training.model : null;
    if (!model) {
      await trx
        .updateTable('profile_scores')
        .set({ predicted: null })
        .where('workspace_id', '=', ws)
        .execute();
      return;
    }
    const setup: ScoringSetup = { ...(await loadScoringSetup(trx, ws)), model };
    const scores = await trx
      .selectFrom('profile_scores')
      .select(['profile_id', 'total', 'fit', 'engagement', 'lines'])
      .where('workspace_id', '=', ws)
      .execute();
    const values = scores.map((s) => ({
      id: s.profile_id,
      p: predictedOf(setup.model, {
        total: s.total,
        fit: s.fit,
        engagement: s.engagement,
        lines: s.lines as ScoreLine[],
      }),
    }));
    for (let i = 0; i < values.length; i += 1000) {
      const chunk = values.slice(i, i + 1000);
      await sql`
        update profile_scores s set predicted = v.p
        from unnest(${chunk.map((v) => v.id)}::uuid[], ${chunk.map((v) => v.p)}::float8[]) as v(id, p)
        where s.workspace_id = ${ws} and s.profile_id = v.id
      `.execute(trx);
    }
  });
  return statusOf(training, now, await ruleNamesOf(ctx));
}
