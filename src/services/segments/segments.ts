import type { Selectable } from 'kysely';
import type { Deleted } from '../../contract/common';
import type { Segment, SegmentInput, SegmentPatch } from '../../contract/segments';
import { changedFields } from '../../core/history/fieldChanges';
import { err, ok, type Result } from '../../core/result';
import { describeSegment, type SegmentDefinition } from '../../core/segments';
import type { SegmentsTable } from '../../db/schema';
import { inTransaction } from '../../db/transaction';
import { recordHistory } from '../audit';
import type { WorkspaceContext } from '../context';
import { countDefinition, parseStoredDefinition } from './segmentProfileFilter';

async function toSegment(ctx: WorkspaceContext, r: Selectable<SegmentsTable>, now: Date): Promise<Segment> {
  const definition = parseStoredDefinition(r.definition);
  const memberCount = definition.ok
    ? await countDefinition(ctx.db, ctx.workspaceId, definition.value, now)
    : 0;
  const summary = definition.ok
    ? { de: describeSegment(definition.value, 'de'), en: describeSegment(definition.value, 'en') }
    : { de: 'Definition ungültig', en: 'invalid definition' };
  return {
    id: r.id,
    name: r.name,
    description: r.description,
    definition: r.definition as Record<string, unknown>,
    summary,
    memberCount,
    createdBy: r.created_by,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

/**
 * The workspace's saved segments by name, each with its member count now.
 *
 * @example const segments = await listSegments(ctx); segments.map((s) => `${s.name}: ${s.memberCount}`)
 */
export async function listSegments(ctx: WorkspaceContext): Promise<Segment[]> {
  const rows = await ctx.db
    .selectFrom('segments')
    .selectAll()
    .where('workspace_id', '=', ctx.workspaceId)
    .orderBy((eb) => eb.fn('lower', ['name']))
    .orderBy('id')
    .execute();
  const now = new Date();
  // One count at a time: a workspace's segments are few, and the pool is shared with ingestion.
  const segments: Segment[] = [];
  for (const r of rows) segments.push(await toSegment(ctx, r, now));
  return segments;
}

export async function getSegment(ctx: WorkspaceContext, id: string): Promise<Result<Segment>> {
  const row = await ctx.db
    .selectFrom('segments')
    .selectAll()
    .where('workspace_id', '=', ctx.workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? ok(await toSegment(ctx, row, new Date())) : err('not_found', 'Segment not found', { id });
}

/** The touchpoints an event condition names must be the workspace's own. */
async function checkTouchpoints(ctx: WorkspaceContext, definition: SegmentDefinition): Promise<Result<true>> {
  const named: { id: string; path: string }[] = [];
  const walk = (nodes: SegmentDefinition['conditions'], path: string) =>
    nodes.forEach((n, i) => {
      const at = `${path}.conditions.${i}`;
      if (n.kind === 'all' || n.kind === 'any' || n.kind === 'not') walk(n.conditions, at);
      else if (n.kind === 'event' && n.touchpointId !== undefined)
        named.push({ id: n.touchpointId, path: at });
    });
  walk(definition.conditions, 'definition');
  if (named.length === 0) return ok(true);
  const found = await ctx.db
    .selectFrom('touchpoints')
    .select('id')
    .where('workspace_id', '=', ctx.workspaceId)
    .where(
      'id',
      'in',
      named.map((n) => n.id),
    )
    .execute();
  const missing = named.find((n) => !found.some((f) => f.id === n.id));
  return missing
    ? err('validation_failed', `${missing.path}.touchpointId: no such touchpoint in this workspace`, {
        field: `${missing.path}.touchpointId`,
      })
    : ok(true);
}

/**
 * Saves a segment (its definition checked by the contract already) and records it in the history.
 *
 * @example await createSegment(ctx, { name: 'Pricing-Interessenten', definition })
 */
export async function createSegment(ctx: WorkspaceContext, input: SegmentInput): Promise<Result<Segment>> {
  const touchpoints = await checkTouchpoints(ctx, input.definition);
  if (!touchpoints.ok) return touchpoints;
  const row = await inTransaction(ctx.db, async (trx) => {
    const stored = await trx
      .insertInto('segments')
      .values({
        workspace_id: ctx.workspaceId,
        name: input.name,
        description: input.description ?? '',
        definition: JSON.stringify(input.definition),
        created_by: ctx.actor.userId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordHistory(
      ctx,
      { entityType: 'segment', entityId: stored.id, action: 'created', changes: { ...input } },
      trx,
    );
    return stored;
  });
  return ok(await toSegment(ctx, row, new Date()));
}

export async function updateSegment(
  ctx: WorkspaceContext,
  id: string,
  patch: SegmentPatch,
): Promise<Result<Segment>> {
  if (patch.definition) {
    const touchpoints = await checkTouchpoints(ctx, patch.definition);
    if (!touchpoints.ok) return touchpoints;
  }
  const row = await inTransaction(ctx.db, async (trx) => {
    const current = await trx
      .selectFrom('segments')
      .selectAll()
      .where('workspace_id', '=', ctx.workspaceId)
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!current) return undefined;
    const updated = await trx
      .updateTable('segments')
      .set({
        ...(patch.name !== undefined && { name: patch.name }),
        ...(patch.description !== undefined && { description: patch.description }),
        ...(patch.definition !== undefined && { definition: JSON.stringify(patch.definition) }),
        updated_at: new Date(),
      })
      .where('workspace_id', '=', ctx.workspaceId)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    const changed = changedFields(
      { name: current.name, description: current.description, definition: current.definition },
      { ...patch },
    );
    if (changed.length)
      await recordHistory(
        ctx,
        { entityType: 'segment', entityId: id, action: 'updated', changes: { changed } },
        trx,
      );
    return updated;
  });
  return row ? ok(await toSegment(ctx, row, new Date())) : err('not_found', 'Segment not found', { id });
}

export async function deleteSegment(ctx: WorkspaceContext, id: string): Promise<Result<Deleted>> {
  return inTransaction(ctx.db, async (trx) => {
    const gone = await trx
      .deleteFrom('segments')
      .where('workspace_id', '=', ctx.workspaceId)
      .where('id', '=', id)
      .returning(['id', 'name'])
      .executeTakeFirst();
    if (!gone) return err('not_found', 'Segment not found', { id });
    await recordHistory(
      ctx,
      { entityType: 'segment', entityId: id, action: 'deleted', changes: { name: gone.name } },
      trx,
    );
    return ok({ id });
  });
}
