import { sql } from 'kysely';
import type { Db } from '../../db/database';
import { dayOf } from '../../core/webAnalytics';
import type { BatchEvent } from './batchEvent';
import { loadWebBatch } from './webSessions';

/** `daily_touchpoint_stats.touchpoint_key` of events no mapping rule assigned to a touchpoint. */
export const UNMAPPED = 'unmapped';

/**
 * Adds one batch of events to the aggregates the dashboards read. Runs in the processor's
 * transaction, after the batch's events got their profiles and before they are marked processed
 * (`lastSeq` is the cursor before the batch).
 *
 * @example await updateAggregates(trx, workspaceId, events, profileIds, cursor.last_seq)
 */
export async function updateAggregates(
  trx: Db,
  workspaceId: string,
  events: BatchEvent[],
  profileIds: (string | null)[],
  lastSeq: number,
): Promise<void> {
  await updateTouchpointStats(trx, workspaceId, events, profileIds, lastSeq);
  const web = await loadWebBatch(trx, workspaceId, events);
  for (const e of events) web.apply(e);
  await web.save(trx, workspaceId);
}

interface TouchpointDay {
  day: string;
  key: string;
  type: string;
  events: number;
  profiles: number;
  revenue: number;
}

/**
 * Events, distinct profiles and revenue per day, touchpoint and event type. A profile counts once per
 * day, touchpoint and type: it is new there unless an event of it processed before says otherwise
 * (one look-up per such combination on `events_profile`, so the cost follows the batch, not the log).
 */
async function updateTouchpointStats(
  trx: Db,
  workspaceId: string,
  events: BatchEvent[],
  profileIds: (string | null)[],
  lastSeq: number,
): Promise<void> {
  const groups = new Map<string, TouchpointDay>();
  const seen = new Map<string, { day: string; key: string; type: string; profile_id: string }>();
  events.forEach((e, i) => {
    const day = dayOf(e.occurred_at);
    const key = e.touchpoint_id ?? UNMAPPED;
    const groupKey = `${day}\u0000${key}\u0000${e.type}`;
    const g = groups.get(groupKey) ?? { day, key, type: e.type, events: 0, profiles: 0, revenue: 0 };
    g.events += 1;
    if (e.revenue !== null) g.revenue = Math.round((g.revenue + e.revenue) * 100) / 100;
    groups.set(groupKey, g);
    const profileId = profileIds[i];
    if (profileId)
      seen.set(`${groupKey}\u0000${profileId}`, { day, key, type: e.type, profile_id: profileId });
  });
  if (seen.size) {
    const fresh = await sql<{ day: string; key: string; type: string }>`
      select t.day, t.key, t.type
      from jsonb_to_recordset(${JSON.stringify([...seen.values()])}::jsonb)
        as t(day date, key text, type text, profile_id uuid)
      where not exists (
        select 1 from events e
        where e.workspace_id = ${workspaceId} and e.profile_id = t.profile_id
          and e.occurred_at >= t.day::timestamp at time zone 'UTC'
          and e.occurred_at < (t.day + 1)::timestamp at time zone 'UTC'
          and e.seq <= ${lastSeq} and e.type = t.type and coalesce(e.touchpoint_id::text, ${UNMAPPED}) = t.key)
    `.execute(trx);
    for (const f of fresh.rows) {
      const g = groups.get(`${f.day}\u0000${f.key}\u0000${f.type}`);
      if (g) g.profiles += 1;
    }
  }
  if (groups.size === 0) return;
  await sql`
    insert into daily_touchpoint_stats (workspace_id, day, touchpoint_key, event_type, events, profiles, revenue)
    select ${workspaceId}, v.day, v.key, v.type, v.events, v.profiles, v.revenue
    from jsonb_to_recordset(${JSON.stringify([...groups.values()])}::jsonb)
      as v(day date, key text, type text, events bigint, profiles bigint, revenue numeric)
    on conflict (workspace_id, day, touchpoint_key, event_type) do update set
      events = daily_touchpoint_stats.events + excluded.events,
      profiles = daily_touchpoint_stats.profiles + excluded.profiles,
      revenue = daily_touchpoint_stats.revenue + excluded.revenue
  `.execute(trx);
}
