import type { Selectable } from 'kysely';
import {
  funnelStepSchema,
  type AdhocFunnelResult,
  type SavedFunnel,
  type SavedFunnelInput,
  type SavedFunnelPatch,
  type SavedFunnelProfilesQuery,
  type SavedFunnelResultQuery,
} from '../../contract/adhocFunnels';
import type { Deleted } from '../../contract/common';
import type { ProfilePage } from '../../contract/profiles';
import { err, ok, type Result } from '../../core/result';
import type { AdhocFunnelsTable } from '../../db/schema';
import { recordHistory } from '../audit';
import type { WorkspaceContext } from '../context';
import { checkFunnelSteps, runAdhocFunnel } from './adhocFunnel';
import { listAdhocFunnelProfiles } from './adhocFunnelProfiles';

function toSaved(r: Selectable<AdhocFunnelsTable>): SavedFunnel {
  return {
    id: r.id,
    name: r.name,
    // Stored only after the contract checked them; parsed again so the type is earned, not asserted.
    steps: funnelStepSchema.array().parse(r.steps),
    order: r.order_mode,
    windowSeconds: r.window_seconds,
    createdBy: r.created_by,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

const notFound = (id: string) => err('not_found', 'Funnel not found', { id });

/**
 * The workspace's saved funnels, by name: shared by everyone in the workspace.
 * @example await listSavedFunnels(ctx) // [{ id, name, steps, order, windowSeconds, … }]
 */
export async function listSavedFunnels(ctx: WorkspaceContext): Promise<SavedFunnel[]> {
  const rows = await ctx.db
    .selectFrom('adhoc_funnels')
    .selectAll()
    .where('workspace_id', '=', ctx.workspaceId)
    .orderBy((eb) => eb.fn('lower', ['name']))
    .orderBy('id')
    .execute();
  return rows.map(toSaved);
}

export async function getSavedFunnel(ctx: WorkspaceContext, id: string): Promise<Result<SavedFunnel>> {
  const row = await ctx.db
    .selectFrom('adhoc_funnels')
    .selectAll()
    .where('workspace_id', '=', ctx.workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? ok(toSaved(row)) : notFound(id);
}

/** Saves a funnel definition (its touchpoints checked) and records it in the history. */
export async function createSavedFunnel(
  ctx: WorkspaceContext,
  input: SavedFunnelInput,
): Promise<Result<SavedFunnel>> {
  const checked = await checkFunnelSteps(ctx, input.steps);
  if (!checked.ok) return checked;
  const row = await ctx.db.transaction().execute(async (trx) => {
    const stored = await trx
      .insertInto('adhoc_funnels')
      .values({
        workspace_id: ctx.workspaceId,
        name: input.name,
        steps: JSON.stringify(input.steps),
        order_mode: input.order,
        window_seconds: input.windowSeconds,
        created_by: ctx.actor.userId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordHistory(
      ctx,
      { entityType: 'adhoc_funnel', entityId: stored.id, action: 'created', changes: { name: input.name } },
      trx,
    );
    return stored;
  });
  return ok(toSaved(row));
}

/** Changes a saved funnel; the history keeps the fields before and after. */
export async function updateSavedFunnel(
  ctx: WorkspaceContext,
  id: string,
  patch: SavedFunnelPatch,
): Promise<Result<SavedFunnel>> {
  if (patch.steps !== undefined) {
    const checked = await checkFunnelSteps(ctx, patch.steps);
    if (!checked.ok) return checked;
  }
  const result = await ctx.db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('adhoc_funnels')
      .selectAll()
      .where('workspace_id', '=', ctx.workspaceId)
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!before) return undefined;
    const after = await trx
      .updateTable('adhoc_funnels')
      .set({
        ...(patch.name === undefined ? {} : { name: patch.name }),
        ...(patch.steps === undefined ? {} : { steps: JSON.stringify(patch.steps) }),
        ...(patch.order === undefined ? {} : { order_mode: patch.order }),
        ...(patch.windowSeconds === undefined ? {} : { window_seconds: patch.windowSeconds }),
        updated_at: new Date(),
      })
      .where('workspace_id', '=', ctx.workspaceId)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    const [old, now] = [toSaved(before), toSaved(after)];
    const changed = (['name', 'steps', 'order', 'windowSeconds'] as const)
      .filter((f) => JSON.stringify(old[f]) !== JSON.stringify(now[f]))
      .map((field) => ({ field, before: old[field], after: now[field] }));
    await recordHistory(
      ctx,
      { entityType: 'adhoc_funnel', entityId: id, action: 'updated', changes: { changed } },
      trx,
    );
    return now;
  });
  return result ? ok(result) : notFound(id);
}

export async function deleteSavedFunnel(ctx: WorkspaceContext, id: string): Promise<Result<Deleted>> {
  const gone = await ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .deleteFrom('adhoc_funnels')
      .where('workspace_id', '=', ctx.workspaceId)
      .where('id', '=', id)
      .returning(['id', 'name'])
      .executeTakeFirst();
    if (row)
      await recordHistory(
        ctx,
        { entityType: 'adhoc_funnel', entityId: id, action: 'deleted', changes: { name: row.name } },
        trx,
      );
    return row;
  });
  return gone ? ok({ id: gone.id }) : notFound(id);
}

/**
 * A saved funnel's figures for a period (and a comparison period).
 * @example await getSavedFunnelResult(ctx, id, { from: '2026-03-01', to: '2026-03-31' })
 */
export async function getSavedFunnelResult(
  ctx: WorkspaceContext,
  id: string,
  query: SavedFunnelResultQuery,
): Promise<Result<AdhocFunnelResult>> {
  const funnel = await getSavedFunnel(ctx, id);
  if (!funnel.ok) return funnel;
  const { steps, order, windowSeconds } = funnel.value;
  return runAdhocFunnel(ctx, { ...query, steps, order, windowSeconds });
}

/** The profiles behind a step of a saved funnel. */
export async function listSavedFunnelProfiles(
  ctx: WorkspaceContext,
  id: string,
  query: SavedFunnelProfilesQuery,
): Promise<Result<ProfilePage>> {
  const funnel = await getSavedFunnel(ctx, id);
  if (!funnel.ok) return funnel;
  const { steps, order, windowSeconds } = funnel.value;
  if (query.step >= steps.length)
    return err('validation_failed', `step: the funnel has ${steps.length} steps (0..${steps.length - 1})`, {
      field: 'querystring.step',
    });
  return listAdhocFunnelProfiles(
    ctx,
    { ...query, steps, order, windowSeconds },
    { step: query.step, dropped: query.dropped === 'true', limit: query.limit, cursor: query.cursor },
  );
}
