import type { Selectable } from 'kysely';
import type { Deleted } from '../../contract/common';
import type {
  EditorialItem,
  EditorialItemInput,
  EditorialItemPatch,
  EditorialRangeQuery,
} from '../../contract/editorialPlan';
import { err, ok, type Result } from '../../core/result';
import type { EditorialItemsTable } from '../../db/schema';
import { recordHistory } from '../audit';
import type { WorkspaceContext } from '../context';
import { rangeBounds } from './rangeBounds';

/** A plan is read a week or a month at a time; this caps an open range. */
const MAX_ITEMS = 5000;

/**
 * The plan's items in a range (`from` inclusive, `to` exclusive), in date order.
 *
 * @example await listEditorialItems(ctx, { from: '2026-03-01', to: '2026-03-31' })
 */
export async function listEditorialItems(
  ctx: WorkspaceContext,
  query: EditorialRangeQuery = {},
): Promise<Result<EditorialItem[]>> {
  const range = rangeBounds(query);
  if (!range.ok) return range;
  const { from, to } = range.value;
  let q = ctx.db.selectFrom('editorial_items').selectAll().where('workspace_id', '=', ctx.workspaceId);
  if (from) q = q.where('planned_at', '>=', from);
  if (to) q = q.where('planned_at', '<', to);
  if (query.channelId) q = q.where('channel_id', '=', query.channelId);
  const rows = await q.orderBy('planned_at').orderBy('title').limit(MAX_ITEMS).execute();
  return ok(rows.map(toItem));
}

export async function getEditorialItem(ctx: WorkspaceContext, id: string): Promise<Result<EditorialItem>> {
  const row = await ctx.db
    .selectFrom('editorial_items')
    .selectAll()
    .where('workspace_id', '=', ctx.workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? ok(toItem(row)) : err('not_found', 'Editorial item not found', { id });
}

/** Each reference must name a row of this workspace; the error names the field. */
async function checkRefs(ctx: WorkspaceContext, p: EditorialItemPatch): Promise<Result<true>> {
  const ws = ctx.workspaceId;
  const checks: [field: string, what: string, found: Promise<unknown>][] = [];
  if (p.channelId)
    checks.push([
      'channelId',
      'channel',
      ctx.db
        .selectFrom('editorial_channels')
        .select('id')
        .where('workspace_id', '=', ws)
        .where('id', '=', p.channelId)
        .executeTakeFirst(),
    ]);
  if (p.personaId)
    checks.push([
      'personaId',
      'persona',
      ctx.db
        .selectFrom('personas')
        .select('id')
        .where('workspace_id', '=', ws)
        .where('id', '=', p.personaId)
        .executeTakeFirst(),
    ]);
  if (p.phaseId)
    checks.push([
      'phaseId',
      'phase',
      ctx.db
        .selectFrom('phases')
        .select('id')
        .where('workspace_id', '=', ws)
        .where('id', '=', p.phaseId)
        .executeTakeFirst(),
    ]);
  if (p.ownerUserId)
    checks.push([
      'ownerUserId',
      'member',
      ctx.db
        .selectFrom('memberships')
        .select('user_id')
        .where('workspace_id', '=', ws)
        .where('user_id', '=', p.ownerUserId)
        .executeTakeFirst(),
    ]);
  for (const [field, what, found] of checks)
    if (!(await found)) return err('validation_failed', `Unknown ${what}`, { field });
  return ok(true);
}

function columns(p: EditorialItemPatch) {
  return {
    ...(p.channelId !== undefined && { channel_id: p.channelId }),
    ...(p.title !== undefined && { title: p.title }),
    ...(p.format !== undefined && { format: p.format }),
    ...(p.personaId !== undefined && { persona_id: p.personaId }),
    ...(p.phaseId !== undefined && { phase_id: p.phaseId }),
    ...(p.ownerUserId !== undefined && { owner_user_id: p.ownerUserId }),
    ...(p.plannedAt !== undefined && { planned_at: new Date(p.plannedAt) }),
    ...(p.status !== undefined && { status: p.status }),
    ...(p.publishedUrl !== undefined && { published_url: p.publishedUrl }),
    ...(p.autoPublish !== undefined && { auto_publish: p.autoPublish }),
    ...(p.notes !== undefined && { notes: p.notes }),
  };
}

export async function createEditorialItem(
  ctx: WorkspaceContext,
  input: EditorialItemInput,
): Promise<Result<EditorialItem>> {
  const refs = await checkRefs(ctx, input);
  if (!refs.ok) return refs;
  const row = await ctx.db
    .insertInto('editorial_items')
    .values({
      workspace_id: ctx.workspaceId,
      persona_id: null,
      phase_id: null,
      owner_user_id: null,
      ...columns(input),
      channel_id: input.channelId,
      title: input.title,
      planned_at: new Date(input.plannedAt),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await recordHistory(ctx, {
    entityType: 'editorial_item',
    entityId: row.id,
    action: 'created',
    changes: { title: row.title },
  });
  return ok(toItem(row));
}

/** Also the reschedule of the week and month views: a PATCH of `plannedAt` alone. */
export async function updateEditorialItem(
  ctx: WorkspaceContext,
  id: string,
  patch: EditorialItemPatch,
): Promise<Result<EditorialItem>> {
  const refs = await checkRefs(ctx, patch);
  if (!refs.ok) return refs;
  const row = await ctx.db
    .updateTable('editorial_items')
    .set({ ...columns(patch), updated_at: new Date() })
    .where('workspace_id', '=', ctx.workspaceId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
  if (!row) return err('not_found', 'Editorial item not found', { id });
  await recordHistory(ctx, { entityType: 'editorial_item', entityId: id, action: 'updated', changes: patch });
  return ok(toItem(row));
}

export async function deleteEditorialItem(ctx: WorkspaceContext, id: string): Promise<Result<Deleted>> {
  const row = await ctx.db
    .deleteFrom('editorial_items')
    .where('workspace_id', '=', ctx.workspaceId)
    .where('id', '=', id)
    .returning('title')
    .executeTakeFirst();
  if (!row) return err('not_found', 'Editorial item not found', { id });
  await recordHistory(ctx, {
    entityType: 'editorial_item',
    entityId: id,
    action: 'deleted',
    changes: { title: row.title },
  });
  return ok({ id });
}

function toItem(r: Selectable<EditorialItemsTable>): EditorialItem {
  return {
    id: r.id,
    channelId: r.channel_id,
    title: r.title,
    format: r.format,
    personaId: r.persona_id,
    phaseId: r.phase_id,
    ownerUserId: r.owner_user_id,
    plannedAt: r.planned_at.toISOString(),
    status: r.status,
    publishedUrl: r.published_url,
    autoPublish: r.auto_publish,
    notes: r.notes,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}
