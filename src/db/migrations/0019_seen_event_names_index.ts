import { sql, type Kysely } from 'kysely';

/**
 * `GET .../event-name-mappings/event-names` counts the Segment track event names of the last 30
 * days. Segment messages are a small share of most logs, so without this index the query read every
 * event of the month through `events_time` and threw most away. The predicate is the query's own
 * (src/services/events/eventNameMappings.ts, `listSeenEventNames`): change both together, or the
 * planner no longer sees that the index covers the query.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create index events_segment_track_time on events (workspace_id, occurred_at)
    where source = 'segment' and (type not in ('page_view', 'identify') or properties ? 'segment_event')
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index events_segment_track_time`.execute(db);
}
