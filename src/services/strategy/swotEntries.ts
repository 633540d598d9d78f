import type { Selectable } from 'kysely';
import type { Deleted } from '../../contract/common';
import type {
  SwotEntry,
  SwotEntryInput,
  SwotEntryPatch,
  SwotListQuery,
  SwotReorder,
} from '../../contract/strategy';
import { err, ok, type Result } from '../../core/result';
import { swotOrder, swotQuadrants, type SwotQuadrant } from '../../core/strategy';
import type { Db } from '../../db/database';
import type { SwotEntriesTable } from '../../db/schema';
import { inTransaction } from '../../db/transaction';
import { recordHistory } from '../audit';
import type { WorkspaceContext } from '../context';
import { checkTouchpointRef } from './touchpointRef';

/**
 * The SWOT entries of the workspace, in quadrant order: one touchpoint's, the workspace's own
 * (`level: 'workspace'`), or all.
 * @example await listSwotEntries(ctx, { level: 'workspace' })
 */
export async function listSwotEntries(
  ctx: WorkspaceContext,
  filter: SwotListQuery & { ids?: string[] } = {},
): Promise<SwotEntry[]> {
  let q = ctx.db.selectFrom('swot_entries').selectAll().where('workspace_id', '=', ctx.workspaceId);
  if (filter.touchpointId) q = q.where('touchpoint_id', '=', filter.touchpointId);
  else if (filter.level === 'workspace') q = q.where('touchpoint_id', 'is', null);
  if (filter.ids) q = filter.ids.length ? q.where('id', 'in', filter.ids) : q.where((eb) => eb.val(false));
  const rows = await q.orderBy('position').orderBy('created_at').orderBy('id').execute();
  // The quadrants in the order of the name: S, W, O, T (a stable sort keeps the positions within each).
  const rank = (e: SwotEntry) => swotQuadrants.indexOf(e.quadrant);
  return rows.map(toSwotEntry).sort((a, b) => rank(a) - rank(b));
}

export async function getSwotEntry(ctx: WorkspaceContext, id: string): Promise<Result<SwotEntry>> {
  const [entry] = await listSwotEntries(ctx, { ids: [id] });
  return entry ? ok(entry) : err('not_found', 'SWOT entry not found', { id });
}

/** The position after the last entry of a quadrant of one SWOT. */
async function nextPosition(
  db: Db,
  workspaceId: string,
  touchpointId: string | null,
  quadrant: SwotQuadrant,
): Promise<number> {
  const row = await db
    .selectFrom('swot_entries')
    .select((eb) => eb.fn.max('position').as('last'))
    .where('workspace_id', '=', workspaceId)
    .where('touchpoint_id', touchpointId === null ? 'is' : '=', touchpointId)
    .where('quadrant', '=', quadrant)
    .executeTakeFirst();
  return row?.last === null || row?.last === undefined ? 0 : Number(row.last) + 1;
}

export async function createSwotEntry(
  ctx: WorkspaceContext,
  input: SwotEntryInput,
): Promise<Result<SwotEntry>> {
  const touchpointId = input.touchpointId ?? null;
  const ref = await checkTouchpointRef(ctx, touchpointId);
  if (!ref.ok) return ref;
  const id = await inTransaction(ctx.db, async (trx) => {
    const row = await trx
      .insertInto('swot_entries')
      .values({
        workspace_id: ctx.workspaceId,
        touchpoint_id: touchpointId,
        quadrant: input.quadrant,
        text: input.text,
        position: await nextPosition(trx, ctx.workspaceId, touchpointId, input.quadrant),
        created_by: ctx.actor.userId,
        created_by_name: ctx.actor.label,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordHistory(
      ctx,
      { entityType: 'swot_entry', entityId: row.id, action: 'created', changes: { ...input } },
      trx,
    );
    return row.id;
  });
  return getSwotEntry(ctx, id);
}

export async function updateSwotEntry(
  ctx: WorkspaceContext,
  id: string,
  patch: SwotEntryPatch,
): Promise<Result<SwotEntry>> {
  const current = await getSwotEntry(ctx, id);
  if (!current.ok) return current;
  const moved = patch.quadrant !== undefined && patch.quadrant !== current.value.quadrant;
  await inTransaction(ctx.db, async (trx) => {
    await trx
      .updateTable('swot_entries')
      .set({
        ...(patch.text !== undefined && { text: patch.text }),
        ...(moved &&
          patch.quadrant !== undefined && {
            quadrant: patch.quadrant,
            position: await nextPosition(trx, ctx.workspaceId, current.value.touchpointId, patch.quadrant),
          }),
        updated_at: new Date(),
      })
      .where('workspace_id', '=', ctx.workspaceId)
      .where('id', '=', id)
      .execute();
    await recordHistory(
      ctx,
      { entityType: 'swot_entry', entityId: id, action: 'updated', changes: { ...patch } },
      trx,
    );
  });
  return getSwotEntry(ctx, id);
}

export async function deleteSwotEntry(ctx: WorkspaceContext, id: string): Promise<Result<Deleted>> {
  const row = await ctx.db
    .deleteFrom('swot_entries')
    .where('workspace_id', '=', ctx.workspaceId)
    .where('id', '=', id)
    .returning(['id', 'text', 'quadrant'])
    .executeTakeFirst();
  if (!row) return err('not_found', 'SWOT entry not found', { id });
  await recordHistory(ctx, {
    entityType: 'swot_entry',
    entityId: id,
    action: 'deleted',
    changes: { quadrant: row.quadrant, text: row.text },
  });
  return ok({ id });
}

/**
 * Puts the entries of one quadrant of one SWOT in the order given; answers the quadrant in its new order.
 * @example await reorderSwotEntries(ctx, { quadrant: 'strengths', touchpointId: null, ids: [b, a] })
 */
export async function reorderSwotEntries(
  ctx: WorkspaceContext,
  order: SwotReorder,
): Promise<Result<SwotEntry[]>> {
  const ref = await checkTouchpointRef(ctx, order.touchpointId);
  if (!ref.ok) return ref;
  const done = await inTransaction(ctx.db, async (trx): Promise<Result<true>> => {
    const current = await trx
      .selectFrom('swot_entries')
      .select('id')
      .where('workspace_id', '=', ctx.workspaceId)
      .where('touchpoint_id', order.touchpointId === null ? 'is' : '=', order.touchpointId)
      .where('quadrant', '=', order.quadrant)
      .orderBy('position')
      .forUpdate()
      .execute();
    const positions = swotOrder(
      current.map((r) => r.id),
      order.ids,
    );
    if (!positions.ok) return positions;
    for (const [id, position] of positions.value)
      await trx
        .updateTable('swot_entries')
        .set({ position })
        .where('workspace_id', '=', ctx.workspaceId)
        .where('id', '=', id)
        .execute();
    return ok(true);
  });
  if (!done.ok) return done;
  const entries = await listSwotEntries(
    ctx,
    order.touchpointId === null ? { level: 'workspace' } : { touchpointId: order.touchpointId },
  );
  return ok(entries.filter((e) => e.quadrant === order.quadrant));
}

export function toSwotEntry(r: Selectable<SwotEntriesTable>): SwotEntry {
  return {
    id: r.id,
    touchpointId: r.touchpoint_id,
    quadrant: r.quadrant,
    text: r.text,
    position: r.position,
    measureId: r.measure_id,
    createdBy: r.created_by_name,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}
