import { sql } from 'kysely';
import type { Deal, DealStageInput } from '../../contract/deals';
import { moveDeal } from '../../core/pipeline';
import { err, ok, type Result } from '../../core/result';
import { inTransaction } from '../../db/transaction';
import { recordHistory } from '../audit';
import type { WorkspaceContext } from '../context';
import { notify } from '../events/notify';
import { emitWebhookEvent } from '../webhooks/emitWebhookEvent';
import { appendDealWonEvent } from './dealWonEvent';
import { selectDeals, toDeals } from './dealRows';
import { loadPipelineStages } from './pipelineStages';

/**
 * Moves a deal to another stage (a drag on the board): decided by the core, stored with a stage-history
 * row and a history entry in one transaction; a deal that becomes won appends its revenue event.
 *
 * @example await moveDealStage(ctx, dealId, { stage: 'lost', reason: 'Preis zu hoch' })
 */
export async function moveDealStage(
  ctx: WorkspaceContext,
  id: string,
  input: DealStageInput,
  now = new Date(),
): Promise<Result<Deal>> {
  const outcome = await inTransaction(ctx.db, async (trx) => {
    await sql`select pg_advisory_xact_lock_shared(hashtext('pipeline:' || ${ctx.workspaceId}))`.execute(trx);
    const stages = await loadPipelineStages(trx, ctx.workspaceId);
    const deal = await trx
      .selectFrom('deals')
      .select(['id', 'stage', 'reason', 'title', 'value', 'company_id'])
      .where('workspace_id', '=', ctx.workspaceId)
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!deal) return err('not_found', 'Deal not found', { id });
    const move = moveDeal(deal, input, stages, now);
    if (!move.ok) return move;
    const m = move.value;
    await trx
      .updateTable('deals')
      .set({ stage: m.to, reason: m.reason, closed_at: m.closedAt, updated_at: now })
      .where('workspace_id', '=', ctx.workspaceId)
      .where('id', '=', id)
      .execute();
    // Dropping a deal on its own column changes no stage: no history row, or velocity would count a stay.
    if (m.from !== m.to)
      await trx
        .insertInto('deal_stage_history')
        .values({
          workspace_id: ctx.workspaceId,
          deal_id: id,
          from_stage: m.from,
          to_stage: m.to,
          at: now,
          actor: ctx.actor.label,
        })
        .execute();
    await recordHistory(
      ctx,
      {
        entityType: 'deal',
        entityId: id,
        action: 'stage_changed',
        changes: { from: m.from, to: m.to, reason: m.reason },
      },
      trx,
    );
    if (m.from !== m.to)
      await emitWebhookEvent(trx, ctx.workspaceId, 'deal.stage_changed', {
        deal: { id, title: deal.title, value: Number(deal.value), companyId: deal.company_id },
        from: m.from,
        to: m.to,
        reason: m.reason,
        by: ctx.actor.label,
      });
    const appended =
      m.becameWon &&
      (await appendDealWonEvent(trx, ctx.workspaceId, {
        id,
        title: deal.title,
        value: Number(deal.value),
        companyId: deal.company_id,
        closedAt: now,
      }));
    return ok({ stages, appended });
  });
  if (!outcome.ok) return outcome;
  if (outcome.value.appended) notify(ctx.workspaceId);
  const row = await selectDeals(ctx.db, ctx.workspaceId).where('d.id', '=', id).executeTakeFirst();
  const [deal] = row ? await toDeals(ctx.db, ctx.workspaceId, [row], outcome.value.stages) : [];
  return deal ? ok(deal) : err('not_found', 'Deal not found', { id });
}
