import { emitWebhookEvent } from '../webhooks/emitWebhookEvent';
import type { StageChange, StageChangeBody, StageHistoryEntry } from '../../contract/lifecycle';
import { needsReason } from '../../core/lifecycle/nextStage';
import { firstStageKey } from '../../core/lifecycle/stageModel';
import { err, ok, type Result } from '../../core/result';
import type { Selectable } from 'kysely';
import type { StageHistoryTable } from '../../db/schema';
import type { WorkspaceContext } from '../context';
import { findProfile } from '../profiles/findProfile';
import { rollUpCompanies } from '../scoring/rescoreProfiles';
import { loadStages } from './stages';

export function historyEntryOf(r: Selectable<StageHistoryTable>): StageHistoryEntry {
  return {
    id: String(r.id),
    from: r.from_stage,
    to: r.to_stage,
    at: r.at.toISOString(),
    cause: r.cause,
    actor: r.actor,
    reason: r.reason,
    score: r.score,
  };
}

/**
 * A person moves a profile to a stage (and may hand it to an owner). Backwards, recycled and
 * disqualified need a reason; the change goes into the stage history with the person's name, and the
 * account's stage follows.
 *
 * @example await changeStage(ctx, profileId, { stage: 'sal', reason: 'Called, wants an offer' })
 */
export async function changeStage(
  ctx: WorkspaceContext,
  id: string,
  body: StageChangeBody,
): Promise<Result<StageChange>> {
  const ws = ctx.workspaceId;
  const p = await findProfile(ctx.db, ws, id);
  if (!p) return err('not_found', 'Profile not found', { id });
  const stages = await loadStages(ctx.db, ws);
  if (!stages.some((s) => s.key === body.stage))
    return err('validation_failed', `stage: no stage "${body.stage}" in this workspace`, {
      field: 'body.stage',
      stages: stages.map((s) => s.key),
    });
  if (body.ownerUserId) {
    const member = await ctx.db
      .selectFrom('memberships')
      .select('user_id')
      .where('workspace_id', '=', ws)
      .where('user_id', '=', body.ownerUserId)
      .executeTakeFirst();
    if (!member)
      return err('validation_failed', 'ownerUserId: not a member of this workspace', {
        field: 'body.ownerUserId',
      });
  }
  return ctx.db.transaction().execute(async (trx) => {
    const current = await trx
      .selectFrom('profile_stages')
      .selectAll()
      .where('workspace_id', '=', ws)
      .where('profile_id', '=', p.id)
      .forUpdate()
      .executeTakeFirst();
    const from = current?.stage_key ?? firstStageKey(stages);
    if (needsReason(stages, from, body.stage) && body.reason === '')
      return err('validation_failed', `reason: moving from ${from} to ${body.stage} needs a reason`, {
        field: 'body.reason',
      });
    const owner = body.ownerUserId === undefined ? (current?.owner_user_id ?? null) : body.ownerUserId;
    const now = new Date();
    await trx
      .insertInto('profile_stages')
      .values({
        workspace_id: ws,
        profile_id: p.id,
        stage_key: body.stage,
        owner_user_id: owner,
        changed_at: now,
      })
      .onConflict((oc) =>
        oc.columns(['workspace_id', 'profile_id']).doUpdateSet({
          stage_key: body.stage,
          owner_user_id: owner,
          changed_at: from === body.stage ? (current?.changed_at ?? now) : now,
        }),
      )
      .execute();
    let entry: StageHistoryEntry | null = null;
    if (from !== body.stage || owner !== (current?.owner_user_id ?? null)) {
      const score = await trx
        .selectFrom('profile_scores')
        .select('total')
        .where('workspace_id', '=', ws)
        .where('profile_id', '=', p.id)
        .executeTakeFirst();
      const row = await trx
        .insertInto('stage_history')
        .values({
          workspace_id: ws,
          profile_id: p.id,
          company_id: null,
          from_stage: from,
          to_stage: body.stage,
          at: now,
          cause: 'person',
          actor: ctx.actor.label,
          reason:
            owner !== (current?.owner_user_id ?? null) && body.reason === '' ? 'owner changed' : body.reason,
          score: score?.total ?? null,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      entry = historyEntryOf(row);
      if (from !== body.stage)
        await emitWebhookEvent(trx, ws, 'lifecycle.stage_changed', {
          profileId: p.id,
          from,
          to: body.stage,
          cause: 'person',
          by: ctx.actor.label,
          reason: row.reason,
          score: row.score,
        });
    }
    if (p.company_id)
      await rollUpCompanies(trx, ws, [p.company_id], stages, now, {
        cause: 'person',
        actor: ctx.actor.label,
      });
    return ok({ profileId: p.id, stage: body.stage, ownerUserId: owner, entry });
  });
}

/** A profile's stage changes, newest first. */
export async function listStageHistory(
  ctx: WorkspaceContext,
  id: string,
): Promise<Result<StageHistoryEntry[]>> {
  const p = await findProfile(ctx.db, ctx.workspaceId, id);
  if (!p) return err('not_found', 'Profile not found', { id });
  const rows = await ctx.db
    .selectFrom('stage_history')
    .selectAll()
    .where('workspace_id', '=', ctx.workspaceId)
    .where('profile_id', '=', p.id)
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(500)
    .execute();
  return ok(rows.map(historyEntryOf));
}
