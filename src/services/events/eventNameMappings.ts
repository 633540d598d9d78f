import { sql, type Selectable } from 'kysely';
import type { Db } from '../../db/database';
import type { EventNameMappingsTable } from '../../db/schema';
import type {
  EventNameMapping,
  EventNameMappingInput,
  EventNameMappingPatch,
  SeenEventNames,
} from '../../contract/eventNameMappings';
import type { Deleted } from '../../contract/common';
import type { EventType } from '../../core/events/eventVocabulary';
import { err, ok, type Result } from '../../core/result';
import {
  compileEventNameMappings,
  meaningOfTrackEvent,
  type CompiledEventNameMappings,
} from '../../core/segment/touchpointTypeOfTrackEvent';
import { recordHistory } from '../audit';
import type { WorkspaceContext } from '../context';

type Row = Selectable<EventNameMappingsTable>;

const toMapping = (r: Row): EventNameMapping => ({
  id: r.id,
  pattern: r.pattern,
  eventType: r.event_type as EventType,
  conversionPoint: r.conversion_point,
  revenueProperty: r.revenue_property,
  position: r.position,
  createdAt: r.created_at.toISOString(),
});

function ordered(db: Db, workspaceId: string) {
  return db
    .selectFrom('event_name_mappings')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('position')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** The workspace's own lines, in the order they are tried. */
export async function listEventNameMappings(ctx: WorkspaceContext): Promise<EventNameMapping[]> {
  return (await ordered(ctx.db, ctx.workspaceId)).map(toMapping);
}

/** Without a position the line goes last. */
export async function createEventNameMapping(
  ctx: WorkspaceContext,
  input: EventNameMappingInput,
): Promise<Result<EventNameMapping>> {
  let position = input.position;
  if (position === undefined) {
    const last = await ctx.db
      .selectFrom('event_name_mappings')
      .select((eb) => eb.fn.max('position').as('max'))
      .where('workspace_id', '=', ctx.workspaceId)
      .executeTakeFirst();
    position = last?.max === null || last?.max === undefined ? 0 : Number(last.max) + 1;
  }
  const row = await ctx.db
    .insertInto('event_name_mappings')
    .values({
      workspace_id: ctx.workspaceId,
      pattern: input.pattern,
      event_type: input.eventType,
      conversion_point: input.conversionPoint ?? null,
      revenue_property: input.revenueProperty ?? null,
      position,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  invalidateEventNameMappings(ctx.workspaceId);
  await recordHistory(ctx, {
    entityType: 'event_name_mapping',
    entityId: row.id,
    action: 'created',
    changes: input,
  });
  return ok(toMapping(row));
}

export async function updateEventNameMapping(
  ctx: WorkspaceContext,
  id: string,
  patch: EventNameMappingPatch,
): Promise<Result<EventNameMapping>> {
  const row = await ctx.db
    .updateTable('event_name_mappings')
    .set({
      ...(patch.pattern !== undefined && { pattern: patch.pattern }),
      ...(patch.eventType !== undefined && { event_type: patch.eventType }),
      ...(patch.conversionPoint !== undefined && { conversion_point: patch.conversionPoint }),
      ...(patch.revenueProperty !== undefined && { revenue_property: patch.revenueProperty }),
      ...(patch.position !== undefined && { position: patch.position }),
    })
    .where('workspace_id', '=', ctx.workspaceId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
  if (!row) return err('not_found', 'Event name mapping not found', { id });
  invalidateEventNameMappings(ctx.workspaceId);
  await recordHistory(ctx, {
    entityType: 'event_name_mapping',
    entityId: id,
    action: 'updated',
    changes: patch,
  });
  return ok(toMapping(row));
}

export async function deleteEventNameMapping(ctx: WorkspaceContext, id: string): Promise<Result<Deleted>> {
  const row = await ctx.db
    .deleteFrom('event_name_mappings')
    .where('workspace_id', '=', ctx.workspaceId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
  if (!row) return err('not_found', 'Event name mapping not found', { id });
  invalidateEventNameMappings(ctx.workspaceId);
  await recordHistory(ctx, {
    entityType: 'event_name_mapping',
    entityId: id,
    action: 'deleted',
    changes: { pattern: row.pattern, eventType: row.event_type },
  });
  return ok({ id });
}

/**
 * The Segment batch route maps every message, so each process keeps the compiled table for a few
 * seconds; a change made through this process applies at once, one made through another after at most
 * `CACHE_MS` (the same promise as for mapping rules).
 */
const CACHE_MS = 10_000;
const cache = new Map<string, { table: Promise<CompiledEventNameMappings>; until: number }>();

export function invalidateEventNameMappings(workspaceId: string): void {
  cache.delete(workspaceId);
}

/**
 * The workspace's own lines, compiled for `meaningOfTrackEvent`.
 *
 * @example const own = await eventNameMappingsFor(db, workspaceId); meaningOfTrackEvent('Demo Booked', own)
 */
export function eventNameMappingsFor(db: Db, workspaceId: string): Promise<CompiledEventNameMappings> {
  const now = Date.now();
  const hit = cache.get(workspaceId);
  if (hit && hit.until > now) return hit.table;
  const entry = {
    table: ordered(db, workspaceId).then((rows) => compileEventNameMappings(rows.map(lineOf))),
    until: now + CACHE_MS,
  };
  cache.set(workspaceId, entry);
  entry.table.catch(() => cache.get(workspaceId) === entry && cache.delete(workspaceId));
  return entry.table;
}

const lineOf = (r: Row) => ({
  pattern: r.pattern,
  type: r.event_type as EventType,
  conversionPoint: r.conversion_point,
  revenueProperty: r.revenue_property,
});

const SEEN_DAYS = 30;

/**
 * The Segment track event names of the last 30 days with their counts and what each becomes today, most
 * frequent first (at most 500), so a screen can offer "map this". A track event is a Segment event that
 * is not a page view or an identify, or one whose sent name was kept beside a conversion point.
 */
export async function listSeenEventNames(ctx: WorkspaceContext, now = new Date()): Promise<SeenEventNames> {
  const since = new Date(now.getTime() - SEEN_DAYS * 86_400_000);
  const [rows, lines] = await Promise.all([
    // The filter is the predicate of the partial index events_segment_track_time (migration 0019).
    sql<{ name: string; count: string; last_seen_at: Date }>`
      select coalesce(properties->>'segment_event', name) as name, count(*) as count, max(occurred_at) as last_seen_at
      from events
      where workspace_id = ${ctx.workspaceId} and occurred_at >= ${since} and source = 'segment'
        and (type not in ('page_view', 'identify') or properties ? 'segment_event')
        and coalesce(properties->>'segment_event', name) is not null
      group by 1 order by 2 desc, 1 limit 500
    `.execute(ctx.db),
    ordered(ctx.db, ctx.workspaceId),
  ]);
  const own = compileEventNameMappings(lines.map(lineOf));
  return {
    days: SEEN_DAYS,
    names: rows.rows.map((r) => {
      const meaning = meaningOfTrackEvent(r.name, own);
      const line = meaning.line === undefined ? undefined : lines[meaning.line];
      return {
        name: r.name,
        count: Number(r.count),
        lastSeenAt: new Date(r.last_seen_at).toISOString(),
        eventType: meaning.type,
        by: meaning.by,
        mappingId: line?.id ?? null,
      };
    }),
  };
}
