import type { Selectable } from 'kysely';
import type { Deleted } from '../../contract/common';
import type {
  EditorialChannel,
  EditorialChannelInput,
  EditorialChannelPatch,
} from '../../contract/editorialPlan';
import { startingChannels } from '../../core/editorialPlan/editorialModel';
import { err, ok, type Result } from '../../core/result';
import type { Db } from '../../db/database';
import type { EditorialChannelsTable } from '../../db/schema';
import { recordHistory } from '../audit';
import type { WorkspaceContext } from '../context';

/**
 * Gives a new workspace the channels issue 17 names (LinkedIn, Xing, Newsletter, Blog, Fachpresse), in
 * the caller's transaction; the workspace changes them to its own list.
 *
 * @example await seedEditorialChannels(trx, workspaceId)
 */
export async function seedEditorialChannels(db: Db, workspaceId: string): Promise<void> {
  await db
    .insertInto('editorial_channels')
    .values(
      startingChannels.map((c, position) => ({
        workspace_id: workspaceId,
        name: c.name,
        position,
        measured_by: c.measuredBy,
        network: c.network,
        touchpoint_id: null,
        target_count: null,
      })),
    )
    .execute();
}

export async function listEditorialChannels(ctx: WorkspaceContext): Promise<EditorialChannel[]> {
  const rows = await ctx.db
    .selectFrom('editorial_channels')
    .selectAll()
    .where('workspace_id', '=', ctx.workspaceId)
    .orderBy('position')
    .orderBy('name')
    .execute();
  return rows.map(toChannel);
}

async function checkTouchpoint(ctx: WorkspaceContext, touchpointId: string | null | undefined) {
  if (!touchpointId) return ok(true);
  const found = await ctx.db
    .selectFrom('touchpoints')
    .select('id')
    .where('workspace_id', '=', ctx.workspaceId)
    .where('id', '=', touchpointId)
    .executeTakeFirst();
  return found ? ok(true) : err('validation_failed', 'Unknown touchpoint', { field: 'touchpointId' });
}

const nameTaken = (name: string) =>
  err('conflict', `There is already a channel named ${name}`, { field: 'name' });
const isUniqueViolation = (e: unknown) =>
  typeof e === 'object' && e !== null && 'code' in e && e.code === '23505';

function columns(p: EditorialChannelPatch) {
  return {
    ...(p.name !== undefined && { name: p.name }),
    ...(p.position !== undefined && { position: p.position }),
    ...(p.touchpointId !== undefined && { touchpoint_id: p.touchpointId }),
    ...(p.targetCount !== undefined && { target_count: p.targetCount }),
    ...(p.targetPeriod !== undefined && { target_period: p.targetPeriod }),
    ...(p.measuredBy !== undefined && { measured_by: p.measuredBy }),
    ...(p.network !== undefined && { network: p.network.toLowerCase() }),
  };
}

export async function createEditorialChannel(
  ctx: WorkspaceContext,
  input: EditorialChannelInput,
): Promise<Result<EditorialChannel>> {
  const tp = await checkTouchpoint(ctx, input.touchpointId);
  if (!tp.ok) return tp;
  try {
    const row = await ctx.db
      .insertInto('editorial_channels')
      .values({
        workspace_id: ctx.workspaceId,
        touchpoint_id: null,
        target_count: null,
        ...columns(input),
        name: input.name,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordHistory(ctx, {
      entityType: 'editorial_channel',
      entityId: row.id,
      action: 'created',
      changes: { name: row.name },
    });
    return ok(toChannel(row));
  } catch (e) {
    if (isUniqueViolation(e)) return nameTaken(input.name);
    throw e;
  }
}

export async function updateEditorialChannel(
  ctx: WorkspaceContext,
  id: string,
  patch: EditorialChannelPatch,
): Promise<Result<EditorialChannel>> {
  const tp = await checkTouchpoint(ctx, patch.touchpointId);
  if (!tp.ok) return tp;
  try {
    const row = await ctx.db
      .updateTable('editorial_channels')
      .set({ ...columns(patch), updated_at: new Date() })
      .where('workspace_id', '=', ctx.workspaceId)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
    if (!row) return err('not_found', 'Channel not found', { id });
    await recordHistory(ctx, {
      entityType: 'editorial_channel',
      entityId: id,
      action: 'updated',
      changes: patch,
    });
    return ok(toChannel(row));
  } catch (e) {
    if (isUniqueViolation(e) && patch.name) return nameTaken(patch.name);
    throw e;
  }
}

/** Deleting a channel deletes its planned items with it (the plan has no place for an item without one). */
export async function deleteEditorialChannel(ctx: WorkspaceContext, id: string): Promise<Result<Deleted>> {
  const row = await ctx.db
    .deleteFrom('editorial_channels')
    .where('workspace_id', '=', ctx.workspaceId)
    .where('id', '=', id)
    .returning('name')
    .executeTakeFirst();
  if (!row) return err('not_found', 'Channel not found', { id });
  await recordHistory(ctx, {
    entityType: 'editorial_channel',
    entityId: id,
    action: 'deleted',
    changes: { name: row.name },
  });
  return ok({ id });
}

export function toChannel(r: Selectable<EditorialChannelsTable>): EditorialChannel {
  return {
    id: r.id,
    name: r.name,
    position: r.position,
    touchpointId: r.touchpoint_id,
    targetCount: r.target_count,
    targetPeriod: r.target_period,
    measuredBy: r.measured_by,
    network: r.network,
  };
}
