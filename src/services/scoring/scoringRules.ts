import type { Selectable } from 'kysely';
import type { ScoringRule as RuleView, ScoringRuleInput } from '../../contract/scoring';
import { err, ok, type Result } from '../../core/result';
import type { FieldCondition, ScoringRule } from '../../core/scoring/scoringModel';
import type { Db } from '../../db/database';
import type { ScoringRulesTable } from '../../db/schema';
import { recordHistory } from '../audit';
import type { WorkspaceContext } from '../context';
import { requestRescore } from './requestRescore';

type Row = Selectable<ScoringRulesTable>;

interface StoredCondition {
  conditions?: FieldCondition[];
  eventType?: string | null;
  eventName?: string | null;
  touchpointId?: string | null;
  urlContains?: string | null;
}

/** A stored rule as the core scores with it. */
export function ruleOfRow(r: Row): ScoringRule {
  const c = r.condition as StoredCondition;
  const conditions = c.conditions ?? [];
  if (r.kind === 'fit') return { kind: 'fit', id: r.id, name: r.name, conditions, points: r.points };
  return {
    kind: 'engagement',
    id: r.id,
    name: r.name,
    eventType: c.eventType ?? null,
    eventName: c.eventName ?? null,
    touchpointId: c.touchpointId ?? null,
    urlContains: c.urlContains ?? null,
    conditions,
    points: r.points,
    cap: r.cap,
    decay:
      r.decay_kind === 'none' || r.decay_days === null
        ? { kind: 'none' }
        : { kind: r.decay_kind, days: r.decay_days },
  };
}

/** A rule as sent (saved or only previewed) as the core scores with it. */
export function ruleOfInput(input: ScoringRuleInput, id: string): ScoringRule {
  if (input.kind === 'fit')
    return { kind: 'fit', id, name: input.name, conditions: input.conditions, points: input.points };
  return {
    kind: 'engagement',
    id,
    name: input.name,
    eventType: input.eventType,
    eventName: input.eventName,
    touchpointId: input.touchpointId,
    urlContains: input.urlContains,
    conditions: input.conditions,
    points: input.points,
    cap: input.cap,
    decay: input.decay,
  };
}

function viewOf(r: Row): RuleView {
  const rule = ruleOfRow(r);
  const isFit = rule.kind === 'fit';
  return {
    id: r.id,
    kind: r.kind,
    name: r.name,
    points: r.points,
    conditions: rule.conditions,
    eventType: isFit ? null : rule.eventType,
    eventName: isFit ? null : rule.eventName,
    touchpointId: isFit ? null : rule.touchpointId,
    urlContains: isFit ? null : rule.urlContains,
    cap: isFit ? null : rule.cap,
    decay: isFit ? { kind: 'none' } : rule.decay,
    active: r.active,
    position: r.position,
    updatedAt: r.updated_at.toISOString(),
  };
}

function columnsOf(input: ScoringRuleInput) {
  return {
    kind: input.kind,
    name: input.name,
    points: input.points,
    position: input.position,
    active: input.active,
    cap: input.cap,
    decay_kind: input.decay.kind,
    decay_days: input.decay.kind === 'none' ? null : input.decay.days,
    condition: JSON.stringify({
      conditions: input.conditions,
      eventType: input.eventType,
      eventName: input.eventName,
      touchpointId: input.touchpointId,
      urlContains: input.urlContains,
    }),
  };
}

/** The active rules of a workspace, in order, as the core scores with them. */
export async function loadActiveRules(db: Db, workspaceId: string): Promise<ScoringRule[]> {
  const rows = await db
    .selectFrom('scoring_rules')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('active', '=', true)
    .orderBy('position')
    .orderBy('created_at')
    .execute();
  return rows.map(ruleOfRow);
}

export async function listScoringRules(ctx: WorkspaceContext): Promise<RuleView[]> {
  const rows = await ctx.db
    .selectFrom('scoring_rules')
    .selectAll()
    .where('workspace_id', '=', ctx.workspaceId)
    .orderBy('position')
    .orderBy('created_at')
    .execute();
  return rows.map(viewOf);
}

async function touchpointMissing(ctx: WorkspaceContext, input: ScoringRuleInput): Promise<boolean> {
  if (!input.touchpointId) return false;
  const found = await ctx.db
    .selectFrom('touchpoints')
    .select('id')
    .where('workspace_id', '=', ctx.workspaceId)
    .where('id', '=', input.touchpointId)
    .executeTakeFirst();
  return !found;
}

const noTouchpoint = () =>
  err('validation_failed', 'touchpointId: no such touchpoint in this workspace', {
    field: 'body.touchpointId',
  });

export async function createScoringRule(
  ctx: WorkspaceContext,
  input: ScoringRuleInput,
): Promise<Result<RuleView>> {
  if (await touchpointMissing(ctx, input)) return noTouchpoint();
  const row = await ctx.db.transaction().execute(async (trx) => {
    const created = await trx
      .insertInto('scoring_rules')
      .values({
        workspace_id: ctx.workspaceId,
        ...columnsOf(input),
        created_at: new Date(),
        updated_at: new Date(),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordHistory(
      ctx,
      { entityType: 'scoring_rule', entityId: created.id, action: 'create', changes: input },
      trx,
    );
    await requestRescore(trx, ctx.workspaceId);
    return created;
  });
  return ok(viewOf(row));
}

export async function replaceScoringRule(
  ctx: WorkspaceContext,
  id: string,
  input: ScoringRuleInput,
): Promise<Result<RuleView>> {
  if (await touchpointMissing(ctx, input)) return noTouchpoint();
  const row = await ctx.db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('scoring_rules')
      .selectAll()
      .where('workspace_id', '=', ctx.workspaceId)
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!before) return null;
    const updated = await trx
      .updateTable('scoring_rules')
      .set({ ...columnsOf(input), updated_at: new Date() })
      .where('workspace_id', '=', ctx.workspaceId)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordHistory(
      ctx,
      {
        entityType: 'scoring_rule',
        entityId: id,
        action: 'update',
        changes: { before: viewOf(before), after: input },
      },
      trx,
    );
    await requestRescore(trx, ctx.workspaceId);
    return updated;
  });
  return row ? ok(viewOf(row)) : err('not_found', 'Scoring rule not found', { id });
}

export async function deleteScoringRule(ctx: WorkspaceContext, id: string): Promise<Result<{ id: string }>> {
  const gone = await ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .deleteFrom('scoring_rules')
      .where('workspace_id', '=', ctx.workspaceId)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
    if (!row) return false;
    await recordHistory(
      ctx,
      { entityType: 'scoring_rule', entityId: id, action: 'delete', changes: viewOf(row) },
      trx,
    );
    await requestRescore(trx, ctx.workspaceId);
    return true;
  });
  return gone ? ok({ id }) : err('not_found', 'Scoring rule not found', { id });
}
