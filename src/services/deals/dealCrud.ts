import type { Deleted } from '../../contract/common';
import type { Deal, DealDetail, DealInput, DealListQuery, DealPage, DealPatch } from '../../contract/deals';
import { err, ok, type Result } from '../../core/result';
import { inTransaction } from '../../db/transaction';
import { emitWebhookEvent } from '../webhooks/emitWebhookEvent';
import { recordHistory } from '../audit';
import type { WorkspaceContext } from '../context';
import { appendDealWonEvent } from './dealWonEvent';
import { checkDealReferences, setDealContacts } from './dealReferences';
import { selectDeals, toDeals } from './dealRows';
import { notify } from '../events/notify';
import { loadPipelineStages } from './pipelineStages';

/**
 * Deals of the workspace, newest first, filtered by stage, account or owner, a page at a time.
 *
 * @example await listDeals(ctx, { stage: 'proposal', limit: 50, offset: 0 })
 */
export async function listDeals(ctx: WorkspaceContext, query: DealListQuery): Promise<DealPage> {
  let q = selectDeals(ctx.db, ctx.workspaceId);
  if (query.stage) q = q.where('d.stage', '=', query.stage);
  if (query.companyId) q = q.where('d.company_id', '=', query.companyId);
  if (query.ownerUserId) q = q.where('d.owner_user_id', '=', query.ownerUserId);
  const [rows, total, stages] = await Promise.all([
    q.orderBy('d.created_at', 'desc').orderBy('d.id').limit(query.limit).offset(query.offset).execute(),
    q
      .clearSelect()
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
    loadPipelineStages(ctx.db, ctx.workspaceId),
  ]);
  return { items: await toDeals(ctx.db, ctx.workspaceId, rows, stages), total: Number(total.n) };
}

/** One deal with its stage history, oldest change first. */
export async function getDeal(ctx: WorkspaceContext, id: string): Promise<Result<DealDetail>> {
  const [row, stages, history] = await Promise.all([
    selectDeals(ctx.db, ctx.workspaceId).where('d.id', '=', id).executeTakeFirst(),
    loadPipelineStages(ctx.db, ctx.workspaceId),
    ctx.db
      .selectFrom('deal_stage_history')
      .select(['from_stage', 'to_stage', 'at', 'actor'])
      .where('workspace_id', '=', ctx.workspaceId)
      .where('deal_id', '=', id)
      .orderBy('at')
      .orderBy('id')
      .execute(),
  ]);
  if (!row) return err('not_found', 'Deal not found', { id });
  const [deal] = await toDeals(ctx.db, ctx.workspaceId, [row], stages);
  if (!deal) return err('not_found', 'Deal not found', { id });
  return ok({
    ...deal,
    history: history.map((h) => ({
      from: h.from_stage,
      to: h.to_stage,
      at: h.at.toISOString(),
      actor: h.actor,
    })),
  });
}

async function loadDeal(ctx: WorkspaceContext, id: string): Promise<Result<Deal>> {
  const [row, stages] = await Promise.all([
    selectDeals(ctx.db, ctx.workspaceId).where('d.id', '=', id).executeTakeFirst(),
    loadPipelineStages(ctx.db, ctx.workspaceId),
  ]);
  if (!row) return err('not_found', 'Deal not found', { id });
  const [deal] = await toDeals(ctx.db, ctx.workspaceId, [row], stages);
  return deal ? ok(deal) : err('not_found', 'Deal not found', { id });
}

/**
 * Creates a deal in its stage (default: the pipeline's first), with its first stage-history row. A
 * deal created won appends its `deal_won` revenue event at once.
 *
 * @example await createDeal(ctx, { companyId, title: 'Rahmenvertrag 2027', value: 48000 })
 */
export async function createDeal(ctx: WorkspaceContext, input: DealInput): Promise<Result<Deal>> {
  const stages = await loadPipelineStages(ctx.db, ctx.workspaceId);
  const stageKey = input.stage ?? stages[0]?.key ?? 'qualification';
  const stage = stages.find((s) => s.key === stageKey);
  if (!stage)
    return err('validation_failed', `stage: there is no stage "${stageKey}" in this pipeline`, {
      field: 'stage',
      stages: stages.map((s) => s.key),
    });
  if (stage.kind === 'lost' && !input.reason?.trim())
    return err('validation_failed', 'reason: a lost deal needs a reason', { field: 'reason' });
  const refs = await checkDealReferences(ctx.db, ctx.workspaceId, input);
  if (!refs.ok) return refs;
  if (input.externalId) {
    const taken = await ctx.db
      .selectFrom('deals')
      .select('id')
      .where('workspace_id', '=', ctx.workspaceId)
      .where('external_id', '=', input.externalId)
      .executeTakeFirst();
    if (taken)
      return err('conflict', 'externalId: a deal with this id exists already', {
        field: 'externalId',
        dealId: taken.id,
      });
  }
  const now = new Date();
  const { id, appended } = await inTransaction(ctx.db, async (trx) => {
    const created = await trx
      .insertInto('deals')
      .values({
        workspace_id: ctx.workspaceId,
        external_id: input.externalId ?? null,
        company_id: input.companyId,
        title: input.title,
        value: input.value,
        stage: stage.key,
        probability: input.probability ?? null,
        expected_close: input.expectedClose ?? null,
        owner_user_id: input.ownerUserId === undefined ? ctx.actor.userId : input.ownerUserId,
        reason: stage.kind === 'open' ? '' : (input.reason ?? ''),
        renewal_date: input.renewalDate ?? null,
        closed_at: stage.kind === 'open' ? null : now,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await setDealContacts(trx, ctx.workspaceId, created.id, input.contactIds ?? []);
    await trx
      .insertInto('deal_stage_history')
      .values({
        workspace_id: ctx.workspaceId,
        deal_id: created.id,
        from_stage: null,
        to_stage: stage.key,
        at: now,
        actor: ctx.actor.label,
      })
      .execute();
    await recordHistory(
      ctx,
      {
        entityType: 'deal',
        entityId: created.id,
        action: 'create',
        changes: { title: input.title, value: input.value, stage: stage.key },
      },
      trx,
    );
    await emitWebhookEvent(trx, ctx.workspaceId, 'deal.created', {
      deal: {
        id: created.id,
        title: input.title,
        value: input.value,
        companyId: input.companyId,
        stage: stage.key,
        contactIds: input.contactIds ?? [],
      },
      by: ctx.actor.label,
    });
    const won =
      stage.kind === 'won' &&
      (await appendDealWonEvent(trx, ctx.workspaceId, {
        id: created.id,
        title: input.title,
        value: input.value,
        companyId: input.companyId,
        closedAt: now,
      }));
    return { id: created.id, appended: won };
  });
  if (appended) notify(ctx.workspaceId);
  return loadDeal(ctx, id);
}

const columnOf = {
  title: 'title',
  value: 'value',
  probability: 'probability',
  expectedClose: 'expected_close',
  ownerUserId: 'owner_user_id',
  reason: 'reason',
  renewalDate: 'renewal_date',
  companyId: 'company_id',
} as const;

/** Changes a deal's fields (not its stage); the history records each field's old and new value. */
export async function updateDeal(ctx: WorkspaceContext, id: string, patch: DealPatch): Promise<Result<Deal>> {
  const refs = await checkDealReferences(ctx.db, ctx.workspaceId, patch);
  if (!refs.ok) return refs;
  const found = await inTransaction(ctx.db, async (trx) => {
    const before = await trx
      .selectFrom('deals')
      .selectAll()
      .where('workspace_id', '=', ctx.workspaceId)
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!before) return false;
    const set: Record<string, unknown> = {};
    const changed: { field: string; before: unknown; after: unknown }[] = [];
    for (const [field, column] of Object.entries(columnOf) as [
      keyof typeof columnOf,
      (typeof columnOf)[keyof typeof columnOf],
    ][]) {
      const value = patch[field];
      if (value === undefined) continue;
      set[column] = value;
      const old = column === 'value' ? Number(before[column]) : before[column];
      if (old !== value) changed.push({ field, before: old, after: value });
    }
    await trx
      .updateTable('deals')
      .set({ ...set, updated_at: new Date() })
      .where('workspace_id', '=', ctx.workspaceId)
      .where('id', '=', id)
      .execute();
    if (patch.contactIds) {
      await setDealContacts(trx, ctx.workspaceId, id, patch.contactIds);
      changed.push({ field: 'contactIds', before: null, after: patch.contactIds });
    }
    await recordHistory(
      ctx,
      { entityType: 'deal', entityId: id, action: 'update', changes: { changed } },
      trx,
    );
    return true;
  });
  if (!found) return err('not_found', 'Deal not found', { id });
  return loadDeal(ctx, id);
}

/** Deletes a deal with its contacts and stage history; its `deal_won` event, if any, stays in the log. */
export async function deleteDeal(ctx: WorkspaceContext, id: string): Promise<Result<Deleted>> {
  const gone = await inTransaction(ctx.db, async (trx) => {
    const row = await trx
      .deleteFrom('deals')
      .where('workspace_id', '=', ctx.workspaceId)
      .where('id', '=', id)
      .returning(['id', 'title', 'value', 'stage'])
      .executeTakeFirst();
    if (row)
      await recordHistory(
        ctx,
        {
          entityType: 'deal',
          entityId: id,
          action: 'delete',
          changes: { title: row.title, value: Number(row.value), stage: row.stage },
        },
        trx,
      );
    return row;
  });
  return gone ? ok({ id }) : err('not_found', 'Deal not found', { id });
}
