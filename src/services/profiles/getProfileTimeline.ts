import { sql } from 'kysely';
import type { TimelinePage, TimelineQuery } from '../../contract/profiles';
import { err, ok, type Result } from '../../core/result';
import type { WorkspaceContext } from '../context';
import { findProfile } from './findProfile';
import { TIMESTAMP_TEXT, decodeCursor, encodeCursor, isTimelineKey } from './keysetCursor';
import { activePhases } from './touchpointPhases';

/**
 * Every interaction of a person across touchpoints and phases, newest first, a page at a time (keyset
 * on occurred_at and seq, read through the `events_profile` index).
 *
 * @example await getProfileTimeline(ctx, profileId, { limit: 50 })
 */
export async function getProfileTimeline(
  ctx: WorkspaceContext,
  profileId: string,
  query: TimelineQuery,
): Promise<Result<TimelinePage>> {
  const ws = ctx.workspaceId;
  const p = await findProfile(ctx.db, ws, profileId);
  if (!p) return err('not_found', 'Profile not found', { id: profileId });
  let q = ctx.db
    .selectFrom('events as e')
    .leftJoin('touchpoints as t', (j) =>
      j.onRef('t.workspace_id', '=', 'e.workspace_id').onRef('t.id', '=', 'e.touchpoint_id'),
    )
    .select([
      'e.event_id',
      'e.seq',
      'e.type',
      'e.name',
      'e.occurred_at',
      'e.touchpoint_id',
      't.name as touchpoint_name',
      'e.channel',
      'e.url',
      'e.revenue',
      'e.properties',
      sql<string>`to_char(e.occurred_at at time zone 'UTC', ${TIMESTAMP_TEXT})`.as('at_key'),
    ])
    .where('e.workspace_id', '=', ws)
    .where('e.profile_id', '=', p.id);
  if (query.cursor) {
    const key = decodeCursor(query.cursor, isTimelineKey);
    if (!key.ok) return key;
    const [at, seq] = key.value;
    // The plain bound lets the index skip the newer events; the row comparison breaks ties by seq.
    q = q
      .where(sql<boolean>`e.occurred_at <= ${at}::timestamptz`)
      .where(sql<boolean>`(e.occurred_at, e.seq) < (${at}::timestamptz, ${seq}::bigint)`);
  }
  const [rows, phases] = await Promise.all([
    q
      .orderBy('e.occurred_at', 'desc')
      .orderBy('e.seq', 'desc')
      .limit(query.limit + 1)
      .execute(),
    activePhases(ctx.db, ws),
  ]);
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return ok({
    items: page.map((e) => ({
      eventId: e.event_id,
      type: e.type,
      name: e.name,
      occurredAt: e.occurred_at.toISOString(),
      touchpointId: e.touchpoint_id,
      touchpointName: e.touchpoint_name,
      phase: e.touchpoint_id ? (phases.ofTouchpoint.get(e.touchpoint_id) ?? null) : null,
      channel: e.channel,
      url: e.url,
      revenue: e.revenue === null ? null : Number(e.revenue),
      properties: e.properties,
    })),
    nextCursor: rows.length > query.limit && last ? encodeCursor([last.at_key, Number(last.seq)]) : null,
  });
}
