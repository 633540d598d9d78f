import { inTransaction } from '../db/transaction';
import type { Selectable } from 'kysely';
import type { TouchpointsTable } from '../db/schema';
import type {
  FromCatalogueInput,
  MoveInput,
  Touchpoint,
  TouchpointInput,
  TouchpointPatch,
} from '../contract/touchpoints';
import { analogTouchpoints, deriveMaturity, digitalInterfaces, maturityCriteria } from '../core/catalogue';
import { mapAidalaPhases } from '../core/journeyModels';
import { err, ok, type Result } from '../core/result';
import { phaseClassOfPhases } from '../core/phaseClassOfPhases';
import { recordHistory } from './audit';
import { touchpointChanges } from './touchpointChanges';
import type { WorkspaceContext } from './context';
import { getWorkspace } from './workspaces';
import { deleteWithHistory } from './deleteWithHistory';
import type { Deleted } from '../contract/common';

export async function listTouchpoints(
  ctx: WorkspaceContext,
  filter: { personaId?: string; phaseId?: string; includeRetired?: boolean; ids?: string[] } = {},
): Promise<Touchpoint[]> {
  let q = ctx.db.selectFrom('touchpoints').selectAll().where('workspace_id', '=', ctx.workspaceId);
  if (!filter.includeRetired) q = q.where('retired_at', 'is', null);
  if (filter.ids)
    q = filter.ids.length === 0 ? q.where((eb) => eb.val(false)) : q.where('id', 'in', filter.ids);
  if (filter.personaId) {
    const personaId = filter.personaId;
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('touchpoint_personas as tp')
          .select('tp.touchpoint_id')
          .where('tp.workspace_id', '=', ctx.workspaceId)
          .where('tp.persona_id', '=', personaId)
          .whereRef('tp.touchpoint_id', '=', 'touchpoints.id'),
      ),
    );
  }
  if (filter.phaseId) {
    const phaseId = filter.phaseId;
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('touchpoint_phases as tph')
          .select('tph.touchpoint_id')
          .where('tph.workspace_id', '=', ctx.workspaceId)
          .where('tph.phase_id', '=', phaseId)
          .whereRef('tph.touchpoint_id', '=', 'touchpoints.id'),
      ),
    );
  }
  const rows = await q.orderBy('name').execute();
  return hydrate(ctx, rows);
}

export async function getTouchpoint(ctx: WorkspaceContext, id: string): Promise<Result<Touchpoint>> {
  const [found] = await listTouchpoints(ctx, { ids: [id], includeRetired: true });
  return found ? ok(found) : err('not_found', 'Touchpoint not found', { id });
}

/** Loads phases, personas, ratings and checklists for many touchpoints in four queries. */
async function hydrate(ctx: WorkspaceContext, rows: Selectable<TouchpointsTable>[]): Promise<Touchpoint[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const ws = ctx.workspaceId;
  const [phases, personas, ratings, checks] = await Promise.all([
    ctx.db
      .selectFrom('touchpoint_phases')
      .innerJoin('phases', (j) =>
        j
          .onRef('phases.id', '=', 'touchpoint_phases.phase_id')
          .onRef('phases.workspace_id', '=', 'touchpoint_phases.workspace_id'),
      )
      .select(['touchpoint_phases.touchpoint_id', 'touchpoint_phases.phase_id'])
      .where('touchpoint_phases.workspace_id', '=', ws)
      .where('touchpoint_phases.touchpoint_id', 'in', ids)
      .orderBy('phases.position')
      .execute(),
    ctx.db
      .selectFrom('touchpoint_personas')
      .select(['touchpoint_id', 'persona_id'])
      .where('workspace_id', '=', ws)
      .where('touchpoint_id', 'in', ids)
      .execute(),
    ctx.db
      .selectFrom('ratings')
      .select((eb) => [
        'touchpoint_id',
        'source',
        eb.fn.avg<number>('score').as('average'),
        eb.fn.countAll<number>().as('count'),
      ])
      .where('workspace_id', '=', ws)
      .where('touchpoint_id', 'in', ids)
      .groupBy(['touchpoint_id', 'source'])
      .execute(),
    ctx.db
      .selectFrom('touchpoint_checklist')
      .select(['touchpoint_id', 'criterion_key'])
      .where('workspace_id', '=', ws)
      .where('touchpoint_id', 'in', ids)
      .orderBy('criterion_key')
      .execute(),
  ]);
  const group = <T extends { touchpoint_id: string }>(list: T[]) => {
    const map = new Map<string, T[]>();
    for (const item of list) map.set(item.touchpoint_id, [...(map.get(item.touchpoint_id) ?? []), item]);
    return map;
  };
  const phaseMap = group(phases);
  const personaMap = group(personas);
  const ratingMap = group(ratings);
  const checkMap = group(checks);
  return rows.map((r) => {
    const rated = ratingMap.get(r.id) ?? [];
    const summary = (source: string) => {
      const s = rated.find((x) => x.source === source);
      return s
        ? { average: Math.round(Number(s.average) * 10) / 10, count: Number(s.count) }
        : { average: null, count: 0 };
    };
    const checkedKeys = (checkMap.get(r.id) ?? []).map((c) => c.criterion_key);
    const kind = r.checklist_kind;
    return {
      id: r.id,
      name: r.name,
      catalogueKey: r.catalogue_key,
      type: r.type,
      medium: r.medium,
      directness: r.directness,
      ownership: r.ownership,
      phaseClass: r.phase_class,
      department: r.department,
      customerView: r.customer_view,
      relevance: r.relevance,
      momentThatMatters: r.moment_that_matters,
      checklistKind: kind,
      phaseIds: (phaseMap.get(r.id) ?? []).map((p) => p.phase_id),
      personaIds: (personaMap.get(r.id) ?? []).map((p) => p.persona_id),
      impact: r.impact,
      effort: r.effort,
      current: {
        maturity: r.current_maturity,
        notes: r.current_notes,
        assessedBy: r.current_assessed_by,
        assessedAt: r.current_assessed_at?.toISOString() ?? null,
        customerRating: summary('customer'),
        employeeRating: summary('employee'),
      },
      target: {
        maturity: r.target_maturity,
        description: r.target_description,
        rating: r.target_rating === null ? null : Number(r.target_rating),
      },
      checklist: { checkedKeys, derivedMaturity: kind ? deriveMaturity(kind, new Set(checkedKeys)) : null },
      quickcheckRunId: r.quickcheck_run_id,
      retiredAt: r.retired_at?.toISOString() ?? null,
      retiredReason: r.retired_reason,
      createdAt: r.created_at.toISOString(),
      updatedAt: r.updated_at.toISOString(),
    };
  });
}

/**
 * Phase, persona and Quickcheck run ids must exist in this workspace (phases in any of its journey models);
 * another workspace's ids are as unknown as made-up ones.
 */
async function checkReferences(
  ctx: WorkspaceContext,
  input: { phaseIds?: string[]; personaIds?: string[]; quickcheckRunId?: string },
): Promise<Result<true>> {
  if (input.quickcheckRunId) {
    const run = await ctx.db
      .selectFrom('quickcheck_runs')
      .select('id')
      .where('workspace_id', '=', ctx.workspaceId)
      .where('id', '=', input.quickcheckRunId)
      .executeTakeFirst();
    if (!run)
      return err('validation_failed', 'Unknown Quickcheck run', {
        field: 'quickcheckRunId',
        missing: [input.quickcheckRunId],
      });
  }
  if (input.phaseIds?.length) {
    const found = await ctx.db
      .selectFrom('phases')
      .select('id')
      .where('workspace_id', '=', ctx.workspaceId)
      .where('id', 'in', input.phaseIds)
      .execute();
    const missing = input.phaseIds.filter((id) => !found.some((f) => f.id === id));
    if (missing.length) return err('validation_failed', 'Unknown phase', { field: 'phaseIds', missing });
  }
  if (input.personaIds?.length) {
    const found = await ctx.db
      .selectFrom('personas')
      .select('id')
      .where('workspace_id', '=', ctx.workspaceId)
      .where('id', 'in', input.personaIds)
      .execute();
    const missing = input.personaIds.filter((id) => !found.some((f) => f.id === id));
    if (missing.length) return err('validation_failed', 'Unknown persona', { field: 'personaIds', missing });
  }
  return ok(true);
}

function columnsOf(input: TouchpointPatch, actorLabel: string): Partial<Selectable<TouchpointsTable>> {
  const assessed = input.currentMaturity !== undefined || input.currentNotes !== undefined;
  return {
    ...(input.name !== undefined && { name: input.name }),
    ...(input.catalogueKey !== undefined && { catalogue_key: input.catalogueKey }),
    ...(input.type !== undefined && { type: input.type }),
    ...(input.medium !== undefined && { medium: input.medium }),
    ...(input.directness !== undefined && { directness: input.directness }),
    ...(input.ownership !== undefined && { ownership: input.ownership }),
    ...(input.phaseClass !== undefined && { phase_class: input.phaseClass }),
    ...(input.department !== undefined && { department: input.department }),
    ...(input.customerView !== undefined && { customer_view: input.customerView }),
    ...(input.relevance !== undefined && { relevance: input.relevance }),
    ...(input.momentThatMatters !== undefined && { moment_that_matters: input.momentThatMatters }),
    ...(input.checklistKind !== undefined && { checklist_kind: input.checklistKind }),
    ...(input.impact !== undefined && { impact: input.impact }),
    ...(input.effort !== undefined && { effort: input.effort }),
    ...(input.currentMaturity !== undefined && { current_maturity: input.currentMaturity }),
    ...(input.currentNotes !== undefined && { current_notes: input.currentNotes }),
    ...(assessed && { current_assessed_by: actorLabel, current_assessed_at: new Date() }),
    ...(input.targetMaturity !== undefined && { target_maturity: input.targetMaturity }),
    ...(input.targetDescription !== undefined && { target_description: input.targetDescription }),
  };
}

export async function createTouchpoint(
  ctx: WorkspaceContext,
  input: TouchpointInput & { quickcheckRunId?: string },
): Promise<Result<Touchpoint>> {
  const refs = await checkReferences(ctx, input);
  if (!refs.ok) return refs;
  const phaseClass = input.phaseClass ?? (await phaseClassFromPhases(ctx, input.phaseIds ?? [])) ?? 'cip';
  const id = await inTransaction(ctx.db, async (trx) => {
    const row = await trx
      .insertInto('touchpoints')
      .values({
        workspace_id: ctx.workspaceId,
        medium: input.medium ?? 'digital',
        directness: input.directness ?? 'direct',
        ownership: input.ownership ?? 'owned',
        phase_class: phaseClass,
        catalogue_key: input.catalogueKey ?? null,
        checklist_kind: input.checklistKind ?? null,
        quickcheck_run_id: input.quickcheckRunId ?? null,
        target_rating: input.targetRating ?? null,
        ...(columnsOf(input, ctx.actor.label) as { name: string }),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await replaceLinks(trx, ctx.workspaceId, row.id, input);
    await recordHistory(
      ctx,
      { entityType: 'touchpoint', entityId: row.id, action: 'created', changes: { name: input.name } },
      trx,
    );
    return row.id;
  });
  return getTouchpoint(ctx, id);
}

/** The class a new touchpoint's phases imply (a touchpoint only in Advocacy is CCRP), if they imply one. */
async function phaseClassFromPhases(ctx: WorkspaceContext, phaseIds: string[]) {
  if (phaseIds.length === 0) return undefined;
  const rows = await ctx.db
    .selectFrom('phases')
    .innerJoin('journey_models', (j) =>
      j
        .onRef('journey_models.workspace_id', '=', 'phases.workspace_id')
        .onRef('journey_models.id', '=', 'phases.journey_model_id'),
    )
    .select(['phases.key', 'journey_models.kind'])
    .where('phases.workspace_id', '=', ctx.workspaceId)
    .where('phases.id', 'in', phaseIds)
    .execute();
  const kind = rows[0]?.kind;
  return (
    kind &&
    phaseClassOfPhases(
      kind,
      rows.map((r) => r.key),
    )
  );
}

async function replaceLinks(
  trx: WorkspaceContext['db'],
  workspaceId: string,
  touchpointId: string,
  input: { phaseIds?: string[]; personaIds?: string[] },
): Promise<void> {
  if (input.phaseIds !== undefined) {
    await trx
      .deleteFrom('touchpoint_phases')
      .where('workspace_id', '=', workspaceId)
      .where('touchpoint_id', '=', touchpointId)
      .execute();
    const phaseIds = [...new Set(input.phaseIds)];
    if (phaseIds.length)
      await trx
        .insertInto('touchpoint_phases')
        .values(
          phaseIds.map((phase_id) => ({ workspace_id: workspaceId, touchpoint_id: touchpointId, phase_id })),
        )
        .execute();
  }
  if (input.personaIds !== undefined) {
    await trx
      .deleteFrom('touchpoint_personas')
      .where('workspace_id', '=', workspaceId)
      .where('touchpoint_id', '=', touchpointId)
      .execute();
    const personaIds = [...new Set(input.personaIds)];
    if (personaIds.length)
      await trx
        .insertInto('touchpoint_personas')
        .values(
          personaIds.map((persona_id) => ({
            workspace_id: workspaceId,
            touchpoint_id: touchpointId,
            persona_id,
          })),
        )
        .execute();
  }
}

export async function updateTouchpoint(
  ctx: WorkspaceContext,
  id: string,
  patch: TouchpointPatch,
): Promise<Result<Touchpoint>> {
  const refs = await checkReferences(ctx, patch);
  if (!refs.ok) return refs;
  const before = await getTouchpoint(ctx, id);
  if (!before.ok) return before;
  // Only what really changed goes into the history, with its old value (read before the update).
  const changed = await touchpointChanges(ctx, before.value, patch);
  const found = await inTransaction(ctx.db, async (trx) => {
    const row = await trx
      .updateTable('touchpoints')
      .set({
        ...columnsOf(patch, ctx.actor.label),
        ...(patch.targetRating !== undefined && { target_rating: patch.targetRating }),
        updated_at: new Date(),
      })
      .where('workspace_id', '=', ctx.workspaceId)
      .where('id', '=', id)
      .returning('id')
      .executeTakeFirst();
    if (!row) return false;
    await replaceLinks(trx, ctx.workspaceId, id, patch);
    await recordHistory(
      ctx,
      { entityType: 'touchpoint', entityId: id, action: 'updated', changes: { changed } },
      trx,
    );
    return true;
  });
  if (!found) return err('not_found', 'Touchpoint not found', { id });
  return getTouchpoint(ctx, id);
}

/** Creates a touchpoint from a catalogue entry, with its phases mapped onto the workspace's journey model. */
export async function createTouchpointFromCatalogue(
  ctx: WorkspaceContext,
  input: FromCatalogueInput,
): Promise<Result<Touchpoint>> {
  const digital = digitalInterfaces.find((d) => d.key === input.catalogueKey);
  const analog = analogTouchpoints.find((a) => a.key === input.catalogueKey);
  const entry = digital ?? analog;
  if (!entry)
    return err('validation_failed', 'Unknown catalogue entry', {
      field: 'catalogueKey',
      value: input.catalogueKey,
    });
  const ws = await getWorkspace(ctx.db, ctx.workspaceId);
  if (!ws) return err('not_found', 'Workspace not found');
  const keys = mapAidalaPhases(ws.journeyModel.kind, entry.phases);
  const phaseIds =
    input.phaseIds ?? ws.journeyModel.phases.filter((p) => keys.includes(p.key)).map((p) => p.id);
  const name = input.name ?? (digital ? digital.name : (analog?.nameDe ?? input.catalogueKey));
  return createTouchpoint(ctx, {
    name,
    catalogueKey: entry.key,
    type: digital ? digital.name : (analog?.nameDe ?? ''),
    medium: digital ? 'digital' : 'analog',
    directness: analog && !analog.direct ? 'indirect' : 'direct',
    ownership: entry.ownership,
    phaseClass: entry.phaseClass,
    checklistKind: digital?.checklistKind ?? null,
    customerView: digital ? digital.definitionDe : (analog?.descriptionDe ?? ''),
    phaseIds,
    personaIds: input.personaIds ?? [],
    ...(input.targetMaturity && { targetMaturity: input.targetMaturity }),
    ...(input.quickcheckRunId && { quickcheckRunId: input.quickcheckRunId }),
  });
}

/** Retires an obsolete touchpoint (seed 004): it leaves the map, its ratings and history stay. */
export async function retireTouchpoint(
  ctx: WorkspaceContext,
  id: string,
  reason: string | undefined,
): Promise<Result<Touchpoint>> {
  const row = await ctx.db
    .updateTable('touchpoints')
    .set({ retired_at: new Date(), retired_reason: reason ?? '', updated_at: new Date() })
    .where('workspace_id', '=', ctx.workspaceId)
    .where('id', '=', id)
    .returning('id')
    .executeTakeFirst();
  if (!row) return err('not_found', 'Touchpoint not found', { id });
  await recordHistory(ctx, {
    entityType: 'touchpoint',
    entityId: id,
    action: 'retired',
    changes: { reason: reason ?? '' },
  });
  return getTouchpoint(ctx, id);
}

export async function restoreTouchpoint(ctx: WorkspaceContext, id: string): Promise<Result<Touchpoint>> {
  const row = await ctx.db
    .updateTable('touchpoints')
    .set({ retired_at: null, retired_reason: null, updated_at: new Date() })
    .where('workspace_id', '=', ctx.workspaceId)
    .where('id', '=', id)
    .returning('id')
    .executeTakeFirst();
  if (!row) return err('not_found', 'Touchpoint not found', { id });
  await recordHistory(ctx, { entityType: 'touchpoint', entityId: id, action: 'restored' });
  return getTouchpoint(ctx, id);
}

export async function deleteTouchpoint(ctx: WorkspaceContext, id: string): Promise<Result<Deleted>> {
  return deleteWithHistory(ctx, 'touchpoints', id, 'Touchpoint');
}

/** Ticks or unticks a maturity criterion; the as-is maturity follows from the ticked items (seed 000). */
export async function setChecklistItem(
  ctx: WorkspaceContext,
  id: string,
  input: { criterionKey: string; checked: boolean },
): Promise<Result<Touchpoint>> {
  const current = await getTouchpoint(ctx, id);
  if (!current.ok) return current;
  const kind = current.value.checklistKind;
  if (!kind)
    return err('validation_failed', 'This touchpoint has no maturity checklist', { field: 'checklistKind' });
  const criterion = maturityCriteria.find((c) => c.key === input.criterionKey && c.kind === kind);
  if (!criterion)
    return err('validation_failed', `Not a criterion of the ${kind} checklist`, {
      field: 'criterionKey',
      value: input.criterionKey,
    });
  const checked = new Set(current.value.checklist.checkedKeys);
  if (input.checked) checked.add(input.criterionKey);
  else checked.delete(input.criterionKey);
  const maturity = deriveMaturity(kind, checked);
  await inTransaction(ctx.db, async (trx) => {
    if (input.checked)
      await trx
        .insertInto('touchpoint_checklist')
        .values({
          workspace_id: ctx.workspaceId,
          touchpoint_id: id,
          criterion_key: input.criterionKey,
          checked_by: ctx.actor.label,
        })
        .onConflict((oc) => oc.columns(['workspace_id', 'touchpoint_id', 'criterion_key']).doNothing())
        .execute();
    else
      await trx
        .deleteFrom('touchpoint_checklist')
        .where('workspace_id', '=', ctx.workspaceId)
        .where('touchpoint_id', '=', id)
        .where('criterion_key', '=', input.criterionKey)
        .execute();
    await trx
      .updateTable('touchpoints')
      .set({
        current_maturity: maturity,
        current_assessed_by: ctx.actor.label,
        current_assessed_at: new Date(),
        updated_at: new Date(),
      })
      .where('workspace_id', '=', ctx.workspaceId)
      .where('id', '=', id)
      .execute();
    await recordHistory(
      ctx,
      {
        entityType: 'touchpoint',
        entityId: id,
        action: input.checked ? 'criterion_checked' : 'criterion_unchecked',
        changes: { criterionKey: input.criterionKey, maturity },
      },
      trx,
    );
  });
  return getTouchpoint(ctx, id);
}

/**
 * Moves a touchpoint out of one phase into another (drag and drop on the map). Only those two links
 * change, so two people moving the same card between different columns do not undo each other.
 */
export async function moveTouchpoint(
  ctx: WorkspaceContext,
  id: string,
  input: MoveInput,
): Promise<Result<Touchpoint>> {
  const refs = await checkReferences(ctx, { phaseIds: [input.toPhaseId] });
  if (!refs.ok)
    return { ok: false, error: { ...refs.error, details: { ...refs.error.details, field: 'toPhaseId' } } };
  const moved = await inTransaction(ctx.db, async (trx) => {
    const row = await trx
      .updateTable('touchpoints')
      .set({ updated_at: new Date() })
      .where('workspace_id', '=', ctx.workspaceId)
      .where('id', '=', id)
      .returning('id')
      .executeTakeFirst();
    if (!row) return false;
    if (input.fromPhaseId)
      await trx
        .deleteFrom('touchpoint_phases')
        .where('workspace_id', '=', ctx.workspaceId)
        .where('touchpoint_id', '=', id)
        .where('phase_id', '=', input.fromPhaseId)
        .execute();
    await trx
      .insertInto('touchpoint_phases')
      .values({ workspace_id: ctx.workspaceId, touchpoint_id: id, phase_id: input.toPhaseId })
      .onConflict((oc) => oc.columns(['workspace_id', 'touchpoint_id', 'phase_id']).doNothing())
      .execute();
    await recordHistory(
      ctx,
      { entityType: 'touchpoint', entityId: id, action: 'moved', changes: input },
      trx,
    );
    return true;
  });
  if (!moved) return err('not_found', 'Touchpoint not found', { id });
  return getTouchpoint(ctx, id);
}
