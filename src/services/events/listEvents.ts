import type { Selectable } from 'kysely';
import type { EventsTable } from '../../db/schema';
import type { EventListQuery, StoredEvent } from '../../contract/events';
import type { WorkspaceContext } from '../context';

/**
 * The most recent events first. `unmapped` shows those no rule assigned to a touchpoint, as hints for
 * the next rule; `identify` events are left out of that list unless asked for by type: they say who
 * someone is (a CRM import brings one per contact), not where the person met the company.
 */
export async function listEvents(ctx: WorkspaceContext, query: EventListQuery): Promise<StoredEvent[]> {
  let q = ctx.db.selectFrom('events').selectAll().where('workspace_id', '=', ctx.workspaceId);
  if (query.unmapped === true) {
    q = q.where('touchpoint_id', 'is', null);
    if (!query.type) q = q.where('type', '<>', 'identify');
  }
  if (query.unmapped === false) q = q.where('touchpoint_id', 'is not', null);
  if (query.type) q = q.where('type', '=', query.type);
  const rows = await q.orderBy('seq', 'desc').limit(query.limit).execute();
  return rows.map(toStoredEvent);
}

function toStoredEvent(r: Selectable<EventsTable>): StoredEvent {
  return {
    eventId: r.event_id,
    seq: r.seq,
    type: r.type,
    name: r.name,
    occurredAt: r.occurred_at.toISOString(),
    receivedAt: r.received_at.toISOString(),
    anonymousId: r.anonymous_id,
    userId: r.user_id,
    sessionId: r.session_id,
    touchpointId: r.touchpoint_id,
    channel: r.channel,
    channelClass: r.channel_class,
    url: r.url,
    referrer: r.referrer,
    utm: { source: r.utm_source, medium: r.utm_medium, campaign: r.utm_campaign },
    properties: r.properties,
    revenue: r.revenue,
    source: r.source,
  };
}
