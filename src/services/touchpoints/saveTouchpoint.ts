import { inTransaction } from '../../db/transaction';
import type { Selectable } from 'kysely';
import type { TouchpointsTable } from '../../db/schema';
import type { Touchpoint, TouchpointInput, TouchpointPatch } from '../../contract/touchpoints';
import { err, type Result } from '../../core/result';
import { phaseClassOfPhases } from '../../core/phaseClassOfPhases';
import { recordHistory } from '../audit';
import { touchpointChanges } from '../touchpointChanges';
import type { WorkspaceContext } from '../context';
import { getTouchpoint } from './listTouchpoints';
import { checkReferences } from './checkTouchpointReferences';

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
