import { emitWebhookEvents } from '../webhooks/emitWebhookEvent';
import { sql } from 'kysely';
import { accountStage, nextStage } from '../../core/lifecycle/nextStage';
import { firstStageKey, type StageDefinition } from '../../core/lifecycle/stageModel';
import { predictLogistic, type LogisticModel } from '../../core/scoring/logisticRegression';
import { scoreProfile } from '../../core/scoring/scoreProfile';
import type { ProfileScore, ScoringRule } from '../../core/scoring/scoringModel';
import { leadFeatures } from '../../core/scoring/trainPredictiveScore';
import type { Db } from '../../db/database';
import { loadScoringInputs } from './loadScoringInputs';

export interface ScoringSetup {
  rules: ScoringRule[];
  stages: StageDefinition[];
  /** The trained predictive model, if any. */
  model: LogisticModel | null;
}

/** The predictive model's probability for a score's lines (its features). */
export function predictedOf(model: LogisticModel | null, score: ProfileScore): number | null {
  if (!model) return null;
  const features = leadFeatures(score.lines);
  return (
    Math.round(
      predictLogistic(
        model,
        model.features.map((f) => features[f] ?? 0),
      ) * 1000,
    ) / 1000
  );
}

const dayOf = (d: Date) => d.toISOString().slice(0, 10);
const PROFILES_PER_WRITE = 2000;

/**
 * Rescores these profiles at `now` inside the caller's transaction: stores each score with its
 * explanation and today's history point, moves stages the score (or a known e-mail address: visitor to
 * subscriber, cause `rule`) decides, and rolls the touched accounts up. Returns how many were scored.
 *
 * @example await db.transaction().execute((trx) => rescoreProfiles(trx, ws, ids, setup, new Date()));
 */
export async function rescoreProfiles(
  trx: Db,
  workspaceId: string,
  profileIds: readonly string[],
  setup: ScoringSetup,
  now: Date,
): Promise<number> {
  // PostgreSQL takes at most 65,535 parameters per statement: a few thousand profiles per write.
  if (profileIds.length > PROFILES_PER_WRITE) {
    let n = 0;
    for (let i = 0; i < profileIds.length; i += PROFILES_PER_WRITE)
      n += await rescoreProfiles(trx, workspaceId, profileIds.slice(i, i + PROFILES_PER_WRITE), setup, now);
    return n;
  }
  const inputs = await loadScoringInputs(trx, workspaceId, profileIds, setup.rules, now);
  if (inputs.length === 0) return 0;
  const scored = inputs.map((input) => ({
    input,
    score: scoreProfile(setup.rules, input.subject, input.events, now),
  }));
  await trx
    .insertInto('profile_scores')
    .values(
      scored.map(({ input, score }) => ({
        workspace_id: workspaceId,
        profile_id: input.profileId,
        total: score.total,
        fit: score.fit,
        engagement: score.engagement,
        lines: JSON.stringify(score.lines),
        predicted: predictedOf(setup.model, score),
        updated_at: now,
      })),
    )
    .onConflict((oc) =>
      oc.columns(['workspace_id', 'profile_id']).doUpdateSet((eb) => ({
        total: eb.ref('excluded.total'),
        fit: eb.ref('excluded.fit'),
        engagement: eb.ref('excluded.engagement'),
        lines: eb.ref('excluded.lines'),
        predicted: eb.ref('excluded.predicted'),
        updated_at: eb.ref('excluded.updated_at'),
      })),
    )
    .execute();
  await trx
    .insertInto('profile_score_history')
    .values(
      scored.map(({ input, score }) => ({
        workspace_id: workspaceId,
        profile_id: input.profileId,
        day: dayOf(now),
        total: score.total,
        fit: score.fit,
        engagement: score.engagement,
      })),
    )
    .onConflict((oc) =>
      oc.columns(['workspace_id', 'profile_id', 'day']).doUpdateSet((eb) => ({
        total: eb.ref('excluded.total'),
        fit: eb.ref('excluded.fit'),
        engagement: eb.ref('excluded.engagement'),
      })),
    )
    .execute();
  await moveStages(trx, workspaceId, scored, setup.stages, now);
  const companies = [...new Set(inputs.flatMap((i) => (i.companyId ? [i.companyId] : [])))];
  await rollUpCompanies(trx, workspaceId, companies, setup.stages, now);
  return scored.length;
}

async function moveStages(
  trx: Db,
  workspaceId: string,
  scored: { input: { profileId: string; hasEmail: boolean }; score: ProfileScore }[],
  stages: StageDefinition[],
  now: Date,
): Promise<void> {
  const current = await trx
    .selectFrom('profile_stages')
    .select(['profile_id', 'stage_key'])
    .where('workspace_id', '=', workspaceId)
    .where('profile_id', '=', sql<string>`any(${scored.map((s) => s.input.profileId)}::uuid[])`)
    .forUpdate()
    .execute();
  const stageOf = new Map(current.map((c) => [c.profile_id, c.stage_key]));
  const first = firstStageKey(stages);
  const subscriber = stages.find((s) => s.key === 'subscriber' && s.kind === 'funnel');
  const moves: {
    profileId: string;
    from: string | null;
    to: string;
    cause: 'rule' | 'score';
    score: number;
  }[] = [];
  for (const { input, score } of scored) {
    const stored = stageOf.get(input.profileId) ?? null;
    let here = stored ?? first;
    let cause: 'rule' | 'score' | null = null;
    if (here === first && subscriber && input.hasEmail) {
      here = subscriber.key;
      cause = 'rule';
    }
    const next = nextStage(stages, here, score.total);
    if (next) {
      here = next;
      cause = 'score';
    }
    if (cause && here !== stored)
      moves.push({ profileId: input.profileId, from: stored ?? first, to: here, cause, score: score.total });
  }
  if (moves.length === 0) return;
  await trx
    .insertInto('profile_stages')
    .values(
      moves.map((m) => ({
        workspace_id: workspaceId,
        profile_id: m.profileId,
        stage_key: m.to,
        changed_at: now,
      })),
    )
    .onConflict((oc) =>
      oc.columns(['workspace_id', 'profile_id']).doUpdateSet((eb) => ({
        stage_key: eb.ref('excluded.stage_key'),
        changed_at: eb.ref('excluded.changed_at'),
      })),
    )
    .execute();
  await trx
    .insertInto('stage_history')
    .values(
      moves.map((m) => ({
        workspace_id: workspaceId,
        profile_id: m.profileId,
        company_id: null,
        from_stage: m.from,
        to_stage: m.to,
        at: now,
        cause: m.cause,
        actor: m.cause === 'rule' ? 'rule: known e-mail address' : 'lead scoring',
        score: m.score,
      })),
    )
    .execute();
  await emitWebhookEvents(
    trx,
    workspaceId,
    'lifecycle.stage_changed',
    moves.map((m) => ({
      profileId: m.profileId,
      from: m.from,
      to: m.to,
      cause: m.cause,
      by: m.cause === 'rule' ? 'rule: known e-mail address' : 'lead scoring',
      score: m.score,
    })),
    now,
  );
}

/**
 * An account's score is its best person's (sum kept beside it); its stage the furthest of its people's.
 * A change of the account's stage goes into the history with the cause of what moved it.
 */
export async function rollUpCompanies(
  trx: Db,
  workspaceId: string,
  companyIds: readonly string[],
  stages: StageDefinition[],
  now: Date,
  cause: { cause: 'score' | 'person' | 'import'; actor: string } = { cause: 'score', actor: 'roll-up' },
): Promise<void> {
  if (companyIds.length === 0) return;
  const first = firstStageKey(stages);
  const people = await trx
    .selectFrom('profiles as p')
    .leftJoin('profile_scores as s', (j) =>
      j.onRef('s.workspace_id', '=', 'p.workspace_id').onRef('s.profile_id', '=', 'p.id'),
    )
    .leftJoin('profile_stages as g', (j) =>
      j.onRef('g.workspace_id', '=', 'p.workspace_id').onRef('g.profile_id', '=', 'p.id'),
    )
    .select(['p.company_id', 's.total', 'g.stage_key'])
    .where('p.workspace_id', '=', workspaceId)
    .where('p.company_id', '=', sql<string>`any(${[...companyIds]}::uuid[])`)
    .where('p.merged_into', 'is', null)
    .execute();
  const before = await trx
    .selectFrom('company_scores')
    .select(['company_id', 'stage_key'])
    .where('workspace_id', '=', workspaceId)
    .where('company_id', '=', sql<string>`any(${[...companyIds]}::uuid[])`)
    .forUpdate()
    .execute();
  const stageBefore = new Map(before.map((b) => [b.company_id, b.stage_key]));
  const rows = companyIds.map((companyId) => {
    const mine = people.filter((p) => p.company_id === companyId);
    const totals = mine.map((p) => p.total ?? 0);
    return {
      workspace_id: workspaceId,
      company_id: companyId,
      best: totals.length ? Math.max(...totals) : 0,
      total: Math.round(totals.reduce((a, b) => a + b, 0) * 100) / 100,
      people: mine.length,
      stage_key: accountStage(
        stages,
        mine.map((p) => p.stage_key ?? first),
      ),
      updated_at: now,
    };
  });
  await trx
    .insertInto('company_scores')
    .values(rows)
    .onConflict((oc) =>
      oc.columns(['workspace_id', 'company_id']).doUpdateSet((eb) => ({
        best: eb.ref('excluded.best'),
        total: eb.ref('excluded.total'),
        people: eb.ref('excluded.people'),
        stage_key: eb.ref('excluded.stage_key'),
        updated_at: eb.ref('excluded.updated_at'),
      })),
    )
    .execute();
  const changed = rows.filter(
    (r) => r.stage_key !== null && r.stage_key !== (stageBefore.get(r.company_id) ?? null),
  );
  if (changed.length > 0)
    await trx
      .insertInto('stage_history')
      .values(
        changed.map((r) => ({
          workspace_id: workspaceId,
          profile_id: null,
          company_id: r.company_id,
          from_stage: stageBefore.get(r.company_id) ?? null,
          to_stage: r.stage_key ?? first,
          at: now,
          cause: cause.cause,
          actor: cause.actor,
          score: r.best,
        })),
      )
      .execute();
}
